import { describe, expect, it } from 'vitest';
import { compileMarkdown } from '../../src/build.js';
import { toInlines, toRichText } from '../../src/index.js';

describe('toRichText: the shape guard for rich text from a publication', () => {
  it('keeps everything the build writes, unchanged', () => {
    const built = compileMarkdown(
      '## Hồ sơ\n\nMang **bản chính** và _bản sao_, `mã 01`.  \nDòng mới.\n\n- [Cổng](https://dichvucong.gov.vn)\n- [1022](tel:1022)\n\n3. ba\n4. bốn\n\n> trích dẫn\n\n| Loại | Lệ phí |\n|:--|--:|\n| A | 200.000 |',
    );
    expect(toRichText(JSON.parse(JSON.stringify(built)))).toEqual(built);
  });

  it.each([
    ['not a list', { t: 'p' }, []],
    ['a quote whose children are not a list', [{ t: 'quote', c: 'x' }], [{ t: 'quote', c: [] }]],
    ['a null block', [null, { t: 'p', c: [] }], [{ t: 'p', c: [] }]],
    ['an unknown block', [{ t: 'script', c: [] }], []],
    ['text that is not a string', [{ t: 'p', c: [{ t: 'text', v: Object.assign(['x'], { raw: ['x'] }) }, { t: 'text', v: 'ok' }] }], [{ t: 'p', c: [{ t: 'text', v: 'ok' }] }]],
    ['an unsafe link', [{ t: 'p', c: [{ t: 'link', href: 'javascript:alert(1)', c: [{ t: 'text', v: 'ok' }] }] }], [{ t: 'p', c: [{ t: 'text', v: 'ok' }] }]],
    ['a heading level out of range', [{ t: 'h', level: 9, c: [] }], [{ t: 'h', level: 2, c: [] }]],
  ])('%s is rebuilt into valid rich text', (_name, input, expected) => {
    expect(toRichText(input)).toEqual(expected);
  });

  it('stops at a depth no build writes, without exhausting the stack', () => {
    let deep: unknown = [{ t: 'text', v: 'x' }];
    for (let i = 0; i < 100_000; i++) deep = [{ t: 'strong', c: deep }];
    expect(() => toInlines(deep)).not.toThrow();
  });
});
