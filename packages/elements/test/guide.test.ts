import { expect } from '@open-wc/testing';
import { currentKey, guide, root, texts, walk } from './guide-helpers.js';

beforeEach(() => localStorage.clear());

const DRIVING: [string, string | number | boolean][] = [
  ['issued-in', 'vietnam'], ['licence-class', 'car'], ['expired', false], ['licence-form', 'pet'], ['channel', 'online'],
];

describe('onestop-guide: a procedure walked by keyboard', () => {
  it('asks the driving licence questions one by one and ends with a plan', async () => {
    const el = await guide({ procedure: 'driving-license-exchange' });
    expect(root(el).querySelector('[role=log]')).to.exist;
    expect(texts(el, '.current .progress')[0]).to.match(/^Question 1 of about \d+$/);
    await walk(el, DRIVING);
    expect(currentKey(el)).to.equal('outcome');
    expect(texts(el, '.outcome > h2')[0]).to.contain('Your plan');
    expect(texts(el, '.checklist li').length).to.be.greaterThan(0);
    expect(texts(el, '.fees tfoot td')[0]).to.match(/115[.,]000/);
    await expect(el).to.be.accessible();
  });
});
