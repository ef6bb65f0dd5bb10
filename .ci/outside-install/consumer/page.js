// The page an agency's developer bundles: import the elements, give one of them content.
import '@onestop/elements';

const element = document.querySelector('onestop-rich-text');
element.content = [
  { t: 'p', c: [{ t: 'text', v: 'Nộp hồ sơ tại ' }, { t: 'link', href: 'https://dichvucong.gov.vn', c: [{ t: 'text', v: 'Cổng Dịch vụ công' }] }] },
  { t: 'p', c: [{ t: 'link', href: 'javascript:alert(1)', c: [{ t: 'text', v: 'không phải liên kết' }] }] },
];
