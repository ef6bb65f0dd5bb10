import { expect } from '@open-wc/testing';
import { enumeratePaths, type GuideFlow } from '@onestop/core';
import { currentKey, freshPage, guide, root, SRC, texts, walk } from './guide-helpers.js';

// Every guided procedure of the sample, walked to a plan by keyboard alone. The answers come from
// core's own path enumeration over the published flow, so a flow added to the sample is walked too.
const GUIDED = ['birth-registration', 'child-health-insurance', 'construction-permit-house', 'driving-license-exchange', 'enterprise-registration', 'judicial-record-card', 'permanent-residence-registration'];
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

async function flowOf(id: string): Promise<GuideFlow<unknown>> {
  const base = new URL(SRC, location.href);
  const response = await fetch(new URL(`en/procedures/${id}.json`, base));
  const procedure = (await response.json()) as { guide?: GuideFlow<unknown> };
  expect(procedure.guide, `${id} has a guide`).to.exist;
  return procedure.guide!;
}

describe('onestop-guide: every sample flow by keyboard alone', () => {
  beforeEach(freshPage);

  for (const id of GUIDED) {
    it(`${id}: the questions of a path to a plan, answered by keyboard, end in the plan cards`, async () => {
      const { paths } = enumeratePaths(await flowOf(id), { today, limit: 200 });
      const toPlan = paths.find((p) => p.route.endsWith('| plan'));
      expect(toPlan, `${id} has a path to a plan`).to.exist;
      const el = await guide({ procedure: id });
      await walk(el, toPlan!.asked.map((q) => [q, toPlan!.answers[q] as string | number | boolean | string[]]));
      expect(currentKey(el)).to.equal('outcome');
      expect(texts(el, '.card h3')).to.include.members(['What to bring', 'Fees', 'Expected result']);
      // A linked newborn residence application has nothing extra to hand in, so the checklist may be empty.
      expect(root(el).querySelector('.outcome')!.textContent!.trim().length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  }
});
