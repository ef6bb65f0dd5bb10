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

  it('renders tampered publication data without throwing into the page', async () => {
    const templateLike = Object.assign(['<img src=x onerror=alert(1)>'], { raw: ['<img src=x onerror=alert(1)>'] });
    const litResultLike = { _$litType$: 1, strings: templateLike, values: [] };
    const deep = Array.from({ length: 20_000 }).reduce<unknown>((inner) => [{ t: 'quote', c: inner }], [{ t: 'p', c: [{ t: 'text', v: 'deep' }] }]);
    const tampered: [unknown, boolean][] = [
      [[{ t: 'quote', c: 'not a list' }, { t: 'p', c: [{ t: 'text', v: 'kept' }] }], false],
      [[{ t: 'ul', items: [null, 'x', [{ t: 'p', c: [{ t: 'text', v: 'kept' }] }]] }], false],
      [[{ t: 'ol', start: 'one', items: {} }, { t: 'p', c: [{ t: 'text', v: 'kept' }] }], false],
      [[{ t: 'table', head: 'x', rows: [[null, 'x', [{ t: 'text', v: 'kept' }]]] }], false],
      [[null, { t: 'p', c: [{ t: 'text', v: 'kept' }] }], true],
      [[{ t: 'p', c: [{ t: 'text', v: templateLike }, { t: 'text', v: litResultLike }, { t: 'text', v: 'kept' }] }], false],
      [[{ t: 'p', c: [{ t: 'link', href: { toString: () => 'https://x' }, c: [{ t: 'text', v: 'kept' }] }, { t: 'strong', c: null }] }], true],
      [[{ t: 'h', level: 99, c: [{ t: 'text', v: 'kept' }] }, { t: 'p', c: [null, { t: 'br', c: 'x' }] }], true],
      [deep, false],
    ];
    const thrown: unknown[] = [];
    const onError = (e: ErrorEvent) => thrown.push(e.error);
    window.addEventListener('error', onError);
    try {
      for (const [content, inline] of tampered) {
        const el = await render(content, inline);
        const root = el.shadowRoot!;
        expect(root.querySelector('img, a, script')).to.equal(null);
        if (content !== deep) expect(root.textContent).to.contain('kept');
        expect(root.textContent).not.to.contain('onerror');
      }
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(thrown).to.deep.equal([]);
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
