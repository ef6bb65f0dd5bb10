// Vietnamese UI strings that only the catalog browser and the procedure page use, a chunk of its
// own so a page with only a search box never downloads them (vi.ts has the rest).
const pagesVi = {
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

export default pagesVi;
