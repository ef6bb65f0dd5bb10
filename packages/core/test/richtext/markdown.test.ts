import { describe, expect, it } from 'vitest';
import { compileMarkdown, type MarkdownProblem } from '../../src/build.js';
import { richTextToPlain } from '../../src/index.js';

describe('Markdown → rich text', () => {
  it('keeps paragraphs, emphasis, links, lists, headings and tables as data', () => {
    const rt = compileMarkdown(
      '## Lưu ý\n\nMang **bản chính** và _bản sao_.\n\n- Tờ khai\n- [Mẫu đơn](https://moj.gov.vn/mau.docx)\n\n| Loại | Phí |\n|---|--:|\n| Phiếu số 1 | 200.000 ₫ |',
    );
    expect(rt).toEqual([
      { t: 'h', level: 2, c: [{ t: 'text', v: 'Lưu ý' }] },
      { t: 'p', c: [{ t: 'text', v: 'Mang ' }, { t: 'strong', c: [{ t: 'text', v: 'bản chính' }] }, { t: 'text', v: ' và ' }, { t: 'em', c: [{ t: 'text', v: 'bản sao' }] }, { t: 'text', v: '.' }] },
      { t: 'ul', items: [[{ t: 'p', c: [{ t: 'text', v: 'Tờ khai' }] }], [{ t: 'p', c: [{ t: 'link', href: 'https://moj.gov.vn/mau.docx', c: [{ t: 'text', v: 'Mẫu đơn' }] }] }]] },
      { t: 'table', head: [[{ t: 'text', v: 'Loại' }], [{ t: 'text', v: 'Phí' }]], rows: [[[{ t: 'text', v: 'Phiếu số 1' }], [{ t: 'text', v: '200.000 ₫' }]]], align: [null, 'right'] },
    ]);
  });

  it('keeps raw HTML as literal text and reports it', () => {
    const problems: MarkdownProblem[] = [];
    const rt = compileMarkdown('Xem <script>alert(1)</script> ngay', problems);
    expect(richTextToPlain(rt)).toBe('Xem <script>alert(1)</script> ngay');
    expect(JSON.stringify(rt)).not.toMatch(/"t":"(script|html)"/);
    expect(problems.map((p) => p.code)).toContain('unsupported-markdown');
  });

  it('drops link targets other than http(s), mailto and tel and reports them', () => {
    const problems: MarkdownProblem[] = [];
    const rt = compileMarkdown('[gọi](tel:1022) [thư](mailto:a@b.vn) [xấu](javascript:alert(1)) [dữ liệu](data:text/html,x)', problems);
    const links = JSON.stringify(rt).match(/"href":"[^"]+"/g);
    expect(links).toEqual(['"href":"tel:1022"', '"href":"mailto:a@b.vn"']);
    expect(richTextToPlain(rt)).toBe('gọi thư xấu dữ liệu');
    expect(problems.filter((p) => p.code === 'unsafe-link')).toHaveLength(2);
  });

  it('decodes characters marked escapes for HTML, since the form holds plain text', () => {
    expect(richTextToPlain(compileMarkdown('Phí < 100.000 & "miễn" cho trẻ em'))).toBe('Phí < 100.000 & "miễn" cho trẻ em');
  });

  it('turns images into their alt text', () => {
    expect(richTextToPlain(compileMarkdown('![sơ đồ quầy](https://x.vn/a.png)'))).toBe('sơ đồ quầy');
  });

  it('numbers ordered lists from their start', () => {
    expect(compileMarkdown('3. ba\n4. bốn')[0]).toMatchObject({ t: 'ol', start: 3 });
  });
});
