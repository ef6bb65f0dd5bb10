// Vietnamese UI strings every catalog element uses (the search box needs no more), shipped with the
// elements: data, kept as a module so browsers, Node and TypeScript consumers load it without a JSON
// loader. pages-vi.ts has the catalog browser's and procedure page's.
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
    "hint": "Ví dụ: đổi bằng lái, đăng ký khai sinh",
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
  }
};

export default vi;
