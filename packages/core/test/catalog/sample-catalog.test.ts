import { describe, expect, it } from 'vitest';
import { sampleCatalog } from '../helpers.js';

const REQUIRED_IDS = [
  'judicial-record-card', 'birth-registration', 'marriage-registration', 'death-registration', 'copy-certification',
  'civil-status-extract', 'marital-status-confirmation', 'driving-license-exchange', 'driving-license-reissue',
  'foreign-driving-license-exchange', 'international-driving-permit', 'medical-practice-license',
  'pharmacy-practice-certificate', 'pharmacy-business-eligibility', 'enterprise-registration',
  'business-household-registration', 'investment-registration-certificate', 'enterprise-change-registration',
  'permanent-residence-registration', 'temporary-residence-registration', 'citizen-id-card', 'construction-permit-house',
  'land-use-certificate-first', 'land-transfer-registration', 'unemployment-benefit', 'work-permit-foreigner',
  'child-health-insurance', 'food-safety-certificate',
];

describe('the sample catalog', () => {
  const catalog = sampleCatalog();
  const locales = catalog.info.locales;

  it('is flagged as sample data, in Vietnamese and English', () => {
    expect(catalog.info.sample).toBe(true);
    expect(locales).toEqual(['vi', 'en']);
  });

  it('has at least 40 procedures, including every one agencies asked for', () => {
    expect(catalog.procedures.length).toBeGreaterThanOrEqual(40);
    const ids = catalog.procedures.map((p) => p.id);
    for (const id of REQUIRED_IDS) expect(ids, id).toContain(id);
  });

  it.each(sampleCatalog().procedures.map((p) => [p.id, p] as const))('%s has what a citizen needs', (_id, p) => {
    for (const locale of locales) {
      expect(p.name[locale], `name.${locale}`).toBeTruthy();
      expect(p.summary[locale]?.length, `summary.${locale}`).toBeGreaterThan(0);
      expect(p.aliases[locale]?.length ?? 0, `aliases.${locale}`).toBeGreaterThanOrEqual(5);
    }
    expect(p.audience.length).toBeGreaterThan(0);
    expect(p.receivingAgencies.length).toBeGreaterThan(0);
    expect(p.steps.length).toBeGreaterThan(1);
    expect(p.legalBasis.length).toBeGreaterThan(0);
    expect(p.result.name.vi).toBeTruthy();
    for (const channel of p.channels) expect(channel.processingTime, `channels[${channel.id}].processingTime`).toBeDefined();
    const documents = p.documentGroups.flatMap((g) => g.documents);
    expect(documents.length).toBeGreaterThan(0);
    for (const d of documents) expect(d.quantity).toBeGreaterThan(0);
  });

  it('offers online or postal channels where the procedures allow them', () => {
    const withOnline = catalog.procedures.filter((p) => p.channels.some((c) => c.type === 'online'));
    const withPostal = catalog.procedures.filter((p) => p.channels.some((c) => c.type === 'postal'));
    expect(withOnline.length).toBeGreaterThan(catalog.procedures.length / 2);
    expect(withPostal.length).toBeGreaterThan(10);
  });

  it('has at least 8 agencies with addresses, opening hours and a hotline or phone', () => {
    expect(catalog.agencies.length).toBeGreaterThanOrEqual(8);
    for (const a of catalog.agencies) {
      expect(a.address.vi, a.id).toBeTruthy();
      expect(a.openingHours.length, a.id).toBeGreaterThan(0);
      expect(a.hotline ?? a.phone, a.id).toBeTruthy();
    }
    expect(catalog.agencies.some((a) => a.openingHours.some((h) => h.days.includes('sat')))).toBe(true);
  });

  it('has the three life events, referencing only procedures that exist', () => {
    const ids = new Set(catalog.procedures.map((p) => p.id));
    expect(catalog.lifeEvents.map((e) => e.id).sort()).toEqual(['getting-married', 'having-a-baby', 'starting-a-business']);
    for (const e of catalog.lifeEvents) for (const id of e.procedures) expect(ids.has(id), `${e.id} → ${id}`).toBe(true);
    expect(catalog.lifeEvents.find((e) => e.id === 'having-a-baby')!.procedures).toEqual(['birth-registration', 'permanent-residence-registration', 'child-health-insurance']);
  });

  it('has the 2026 and 2027 calendars with Lunar New Year and days off in lieu', () => {
    expect(catalog.calendars.map((c) => c.year)).toEqual(expect.arrayContaining([2026, 2027]));
    for (const c of catalog.calendars.filter((c) => c.year >= 2026)) {
      expect(c.holidays.filter((h) => h.kind === 'lunar-new-year').length, String(c.year)).toBeGreaterThanOrEqual(3);
      expect(c.holidays.some((h) => h.kind === 'substitute'), String(c.year)).toBe(true);
    }
  });
});
