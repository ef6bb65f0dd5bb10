// Vietnamese UI strings of the catalog elements: data, kept as a module so browsers, Node and TypeScript
// consumers load it without a JSON loader. The keys are typed from the English file.
const vi = {
  "state": {
    "loading": "Đang tải danh mục thủ tục…",
    "unreachable": "Hiện không kết nối được danh mục thủ tục.",
    "malformed": "Không đọc được danh mục thủ tục.",
    "schema": "Danh mục thủ tục này được xuất bản cho phiên bản mới hơn của trang.",
    "notFound": "Thủ tục này không có trong danh mục.",
    "retry": "Thử lại",
    "offline": "Bạn đang ngoại tuyến: đang hiển thị danh mục đã lưu trên thiết bị.",
    "updated": "Danh mục thủ tục vừa được cập nhật.",
    "sample": "Dữ liệu mẫu — hãy xác nhận với cơ quan trước khi đi."
  },
  "hotline": {
    "talk": "Nói chuyện với cán bộ",
    "call": "Gọi {{phone}}",
    "hours": "Giờ trực đường dây nóng: {{hours}}"
  },
  "search": {
    "label": "Tìm thủ tục",
    "placeholder": "Ví dụ: đổi bằng lái, đăng ký khai sinh",
    "results_one": "{{count}} kết quả",
    "results_other": "{{count}} kết quả",
    "none": "Không có thủ tục nào khớp với “{{query}}”.",
    "didYouMean": "Có phải bạn muốn tìm",
    "popular": "Được tìm nhiều",
    "lifeEvent": "Sự kiện",
    "procedure": "Thủ tục",
    "clear": "Xóa nội dung tìm",
    "submit": "Tìm",
    "searching": "Đang tìm…",
    "otherLanguage": "Kết quả theo {{language}}"
  },
  "language": {
    "vi": "tiếng Việt",
    "en": "tiếng Anh"
  },
  "catalog": {
    "filters": "Bộ lọc",
    "clearFilters": "Bỏ lọc",
    "lifeEvents": "Sự kiện cuộc sống",
    "procedures": "Thủ tục",
    "page": "Trang {{page}}/{{pages}}",
    "previous": "Trang trước",
    "next": "Trang sau",
    "back": "Quay lại kết quả",
    "noneFiltered": "Không có thủ tục nào khớp với các bộ lọc đã chọn.",
    "agencyEmpty": "Danh mục chưa có thủ tục nào của {{agency}}.",
    "agencyUnknown": "Danh mục không có cơ quan “{{agency}}”.",
    "freeOnly": "Miễn phí"
  },
  "facet": {
    "field": "Lĩnh vực",
    "agency": "Cơ quan",
    "level": "Cấp thực hiện",
    "channel": "Cách nộp",
    "audience": "Đối tượng",
    "free": "Chi phí"
  },
  "channel": {
    "in-person": "Trực tiếp",
    "online": "Trực tuyến",
    "postal": "Qua bưu chính",
    "homePickup": "Nhận hồ sơ tại nhà",
    "resultByPost": "Trả kết quả qua bưu điện"
  },
  "level": {
    "national": "Trung ương",
    "province": "Tỉnh / thành phố",
    "district": "Huyện",
    "commune": "Xã / phường"
  },
  "audience": {
    "individual": "Cá nhân",
    "organisation": "Tổ chức",
    "foreigner": "Người nước ngoài",
    "household": "Hộ gia đình",
    "enterprise": "Doanh nghiệp"
  },
  "time": {
    "same-day": "Trong ngày",
    "working-days_other": "{{count}} ngày làm việc",
    "working-hours_other": "{{count}} giờ làm việc",
    "calendar-days_other": "{{count}} ngày"
  },
  "fee": {
    "free": "Miễn phí",
    "range": "{{from}} – {{to}}"
  },
  "procedure": {
    "atAGlance": "Thông tin chính",
    "fee": "Phí, lệ phí",
    "time": "Thời hạn giải quyết",
    "where": "Nơi nộp hồ sơ",
    "channels": "Cách nộp hồ sơ",
    "documents": "Giấy tờ cần mang",
    "checked": "Đã chuẩn bị {{done}}/{{total}}",
    "quantity": "{{count}} ×",
    "template": "Tải mẫu đơn",
    "steps": "Các bước thực hiện",
    "showAll": "Mở tất cả các bước",
    "hideAll": "Thu gọn tất cả các bước",
    "resultDate": "Khi nào có kết quả?",
    "submittedAt": "Ngày giờ nộp hồ sơ",
    "expected": "Dự kiến có kết quả: {{date}}",
    "receivedOn": "Tính từ {{date}}",
    "resultDateUnknown": "Chưa tính được ngày trả kết quả cho ngày này.",
    "office": "Nơi tiếp nhận",
    "openNow": "Đang mở cửa, đến {{time}}",
    "opensAt": "Đang đóng cửa — mở lại {{day}} lúc {{time}}",
    "hours": "Giờ làm việc",
    "phone": "Điện thoại",
    "map": "Xem bản đồ",
    "forms": "Mẫu đơn, tờ khai",
    "result": "Kết quả",
    "validity": "Thời hạn: {{validity}}",
    "requirements": "Yêu cầu, điều kiện",
    "legalBasis": "Căn cứ pháp lý",
    "updated": "Cập nhật ngày {{date}}",
    "changedSince": "Thay đổi từ lần xem trước",
    "helpful": "Trang này có hữu ích không?",
    "yes": "Có",
    "no": "Không",
    "thanks": "Cảm ơn bạn đã góp ý.",
    "guideMe": "Hướng dẫn tôi",
    "print": "In danh sách giấy tờ",
    "code": "Mã {{code}}"
  }
};

export default vi;
