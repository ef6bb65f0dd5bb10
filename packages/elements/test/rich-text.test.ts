import { expect, fixture, html } from '@open-wc/testing';
import type { RichText } from '@onestop/core';
import '../src/define/onestop-rich-text.js';
import type { OnestopRichText } from '../src/components/rich-text/rich-text.js';

const sample: RichText = [
  { t: 'h', level: 2, c: [{ t: 'text', v: 'Hồ sơ cần chuẩn bị' }] },
  { t: 'p', c: [{ t: 'text', v: 'Mang ' }, { t: 'strong', c: [{ t: 'text', v: 'bản chính' }] }, { t: 'text', v: ' để đối chiếu.' }] },
  { t: 'ul', items: [[{ t: 'p', c: [{ t: 'text', v: 'Tờ khai' }] }], [{ t: 'p', c: [{ t: 'link', href: 'https://dichvucong.gov.vn', c: [{ t: 'text', v: 'Cổng Dịch vụ công' }] }] }]] },
  { t: 'table', head: [[{ t: 'text', v: 'Loại' }], [{ t: 'text', v: 'Lệ phí' }]], rows: [[[{ t: 'text', v: 'Phiếu số 1' }], [{ t: 'text', v: '200.000 ₫' }]]], align: [null, 'right'] },
];

async function render(content: unknown, inline = false) {
  return fixture<OnestopRichText>(html`<onestop-rich-text .content=${content as RichText} ?inline=${inline}></onestop-rich-text>`);
}

describe('onestop-rich-text', () => {
  it('renders headings, emphasis, lists, links and tables as elements', async () => {
    const el = await render(sample);
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Hồ sơ cần chuẩn bị');
    expect(root.querySelector('p strong')!.textContent).to.equal('bản chính');
    expect(root.querySelectorAll('ul > li').length).to.equal(2);
    const link = root.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://dichvucong.gov.vn');
    expect(link.textContent).to.equal('Cổng Dịch vụ công');
    expect(root.querySelector('td.align-right')!.textContent).to.equal('200.000 ₫');
  });

  it('shows markup-looking text as text, never as HTML', async () => {
    const el = await render([{ t: 'p', c: [{ t: 'text', v: '<img src=x onerror=alert(1)> <b>bold</b>' }] }]);
    const p = el.shadowRoot!.querySelector('p')!;
    expect(p.querySelector('img, b')).to.equal(null);
    expect(p.textContent).to.equal('<img src=x onerror=alert(1)> <b>bold</b>');
  });

  it('drops link targets that are not http(s), mailto or tel, keeping the text', async () => {
    const el = await render([{ t: 'p', c: [{ t: 'link', href: 'javascript:alert(1)', c: [{ t: 'text', v: 'bấm vào đây' }] }] }]);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('bấm vào đây');
  });

  it('keeps tel and mailto links', async () => {
    const el = await render([{ t: 'p', c: [{ t: 'link', href: 'tel:1022', c: [{ t: 'text', v: '1022' }] }, { t: 'link', href: 'mailto:pvhcc@binhduong.gov.vn', c: [{ t: 'text', v: 'email' }] }] }]);
    const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['tel:1022', 'mailto:pvhcc@binhduong.gov.vn']);
  });

  it('renders nothing, without throwing, for content that is not rich text', async () => {
    for (const bad of [undefined, null, 'plain string', 42, [{ t: 'script', c: [] }], [{ t: 'p', c: 'not a list' }]]) {
      const el = await render(bad);
      expect(el.shadowRoot!.textContent!.trim()).to.equal('');
    }
  });

  it('renders only the first paragraph when inline', async () => {
    const el = await render(sample, true);
    expect(el.shadowRoot!.querySelector('p, h2, ul')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('Hồ sơ cần chuẩn bị');
  });

  it('is accessible', async () => {
    const el = await render(sample);
    await expect(el).to.be.accessible();
  });
});
