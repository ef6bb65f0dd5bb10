import { expect } from '@open-wc/testing';
import { defineElement } from '../src/internal/define-element.js';

describe('defineElement', () => {
  it('registers once and skips a second registration of the same class', () => {
    class A extends HTMLElement {}
    defineElement('onestop-test-a', A);
    defineElement('onestop-test-a', A);
    expect(customElements.get('onestop-test-a')).to.equal(A);
  });

  it('warns, naming both versions, when another copy holds the tag', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement('onestop-test-b', First);
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (msg: string) => warnings.push(msg);
    try {
      defineElement('onestop-test-b', Second);
    } finally {
      console.warn = original;
    }
    expect(customElements.get('onestop-test-b')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<onestop-test-b>').and.to.contain('0.1.0');
  });
});
