import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/onestop-provider.js';
import '../src/define/onestop-search.js';
import { OnestopSearch } from '../src/components/search/search.js';
import { defineElement } from '../src/internal/define-element.js';
import { freshDevice, sampleSrc, until } from './helpers.js';

async function searchBox(attrs: { theme?: string } = {}) {
  const provider = await fixture(html`<onestop-provider src=${sampleSrc()} lang="vi"><onestop-search theme=${attrs.theme ?? ''}></onestop-search></onestop-provider>`);
  const el = provider.querySelector('onestop-search')!;
  await until(() => el.shadowRoot!.querySelector('input'), 8000);
  return el;
}

describe('theming and packaging', () => {
  beforeEach(freshDevice);

  it('keeps its own layout under hostile host CSS', async () => {
    const hostile = document.createElement('style');
    hostile.textContent = '* { box-sizing: content-box !important; font-size: 20px !important; margin: 13px; } input { border: 5px dotted red; height: 80px; } label { display: none; }';
    document.head.append(hostile);
    try {
      const el = await searchBox();
      const input = el.shadowRoot!.querySelector('input')!;
      expect(getComputedStyle(input).fontSize).to.equal('16px');
      expect(getComputedStyle(input).boxSizing).to.equal('border-box');
      expect(getComputedStyle(el.shadowRoot!.querySelector('label')!).display).to.equal('block');
    } finally {
      hostile.remove();
    }
  });

  it('follows the theme attribute and a page colour token, and stays accessible in dark', async () => {
    const light = await searchBox({ theme: 'light' });
    const dark = await searchBox({ theme: 'dark' });
    const bg = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.root')!).backgroundColor;
    expect(bg(light)).to.equal('rgb(255, 255, 255)');
    expect(bg(dark)).to.equal('rgb(27, 28, 31)');
    await expect(dark).to.be.accessible();
    dark.style.setProperty('--onestop-color-surface-dark', 'rgb(0, 0, 40)');
    expect(bg(dark)).to.equal('rgb(0, 0, 40)');
  });

  it('fits 320 px without horizontal scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:320px"><onestop-search src=${sampleSrc()}></onestop-search></div>`);
    const el = wrapper.querySelector('onestop-search')!;
    await until(() => el.shadowRoot!.querySelector('input'), 8000);
    expect(el.shadowRoot!.querySelector('.root')!.scrollWidth).to.be.at.most(320);
  });

  it('ignores a second registration of an element', () => {
    expect(() => defineElement('onestop-search', OnestopSearch)).not.to.throw();
    expect(customElements.get('onestop-search')).to.equal(OnestopSearch);
  });
});
