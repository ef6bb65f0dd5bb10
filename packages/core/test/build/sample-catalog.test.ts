import { describe, expect, it } from 'vitest';
import { sampleCatalog } from '../helpers.js';
import { resolveAgency, successorsOf, wholeSuccessorOf } from '../../src/index.js';

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

  it('is the one-stop centres of Ho Chi Minh City in the former Binh Duong area', () => {
    expect(catalog.info.title.en).toContain('Ho Chi Minh City');
    expect(catalog.info.helpAgency).toBe('hcmc-service-center-binh-duong');
    const agency = (id: string) => catalog.agencies.find((a) => a.id === id)!;
    expect(agency('hcmc-service-center-binh-duong').address.vi).toContain('phường Bình Dương, Thành phố Hồ Chí Minh');
    expect(agency('phu-loi-ward-center').name.vi).toBe('Trung tâm Phục vụ hành chính công phường Phú Lợi');
    const competent = (id: string) => catalog.procedures.find((p) => p.id === id)!.competentAgency;
    for (const id of ['driving-license-exchange', 'driving-license-reissue', 'foreign-driving-license-exchange', 'international-driving-permit', 'judicial-record-card', 'passport-issuance']) {
      expect(competent(id), id).toBe('hcmc-police');
    }
    for (const id of ['enterprise-registration', 'enterprise-change-registration', 'enterprise-dissolution']) expect(competent(id), id).toBe('hcmc-dept-finance');
    for (const id of ['business-household-registration', 'land-use-certificate-first', 'birth-registration']) expect(competent(id), id).toBe('phu-loi-ward-center');
    expect(competent('land-transfer-registration')).toBe('hcmc-land-registration-office');
  });

  it('refers only to agencies that do the work today; the 2025 agencies are kept as succeeded ones', () => {
    const today = '2026-11-29';
    const refs = catalog.procedures.flatMap((p) => [p.competentAgency, ...p.receivingAgencies, ...p.channels.flatMap((c) => (c.agency ? [c.agency] : []))]);
    for (const id of new Set(refs)) expect(wholeSuccessorOf(catalog.agencies, id, today), id).toBeUndefined();
    const old = ['dept-construction', 'dept-health', 'dept-justice', 'dept-labour', 'dept-natural-resources', 'dept-planning-investment', 'dept-transport', 'phu-hoa-ward-center', 'phu-hoa-ward-police', 'provincial-police', 'provincial-service-center', 'provincial-social-insurance', 'thu-dau-mot-center'];
    for (const id of old) expect(resolveAgency(catalog.agencies, id, today)!.path.length, id).toBe(2);
  });

  it('resolves an agency id a citizen saved before 2025 to the agency that does the work now', () => {
    expect(resolveAgency(catalog.agencies, 'provincial-service-center')).toMatchObject({ agency: { id: 'hcmc-service-center-binh-duong' }, since: '2025-07-01' });
    expect(resolveAgency(catalog.agencies, 'dept-planning-investment')!.agency.name.vi).toBe('Sở Tài chính Thành phố Hồ Chí Minh');
    expect(resolveAgency(catalog.agencies, 'phu-hoa-ward-police')!.agency.id).toBe('phu-loi-ward-police');
    // The transport department merged into construction; its driving licences went to the police.
    expect(resolveAgency(catalog.agencies, 'dept-transport')!.agency.id).toBe('hcmc-dept-construction');
    expect(successorsOf(catalog.agencies, 'dept-transport').map((s) => [s.agency, s.succession.since])).toEqual([['hcmc-dept-construction', '2025-07-01'], ['hcmc-police', '2025-03-01']]);
  });

  it('tells citizens that driving licences and judicial records moved to the police', () => {
    const change = (id: string) => catalog.procedures.find((p) => p.id === id)!.agencyChange!;
    expect(change('driving-license-exchange')).toEqual({
      from: 'dept-transport', to: 'hcmc-police', since: '2025-03-01',
      text: { vi: 'Giấy phép lái xe nay do cơ quan công an cấp (từ ngày 1/3/2025)', en: 'Driving licences are now handled by the police (since 1 March 2025)' },
    });
    expect(change('judicial-record-card').text.en).toBe('Judicial record certificates are now issued by the police (since 1 March 2025)');
    expect(change('enterprise-registration').text.vi).toBe('Việc của Sở Kế hoạch và Đầu tư, như đăng ký doanh nghiệp và đầu tư, nay do Sở Tài chính giải quyết (từ ngày 1/7/2025)');
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

  it('labels 2027 provisional until the Government announces it, and has the 2026 swaps', () => {
    const year = (y: number) => catalog.calendars.find((c) => c.year === y)!;
    expect(year(2027).provisional).toBe(true);
    expect(year(2026).provisional).toBeUndefined();
    expect(year(2026).holidays.map((h) => h.date)).toEqual(expect.arrayContaining(['2026-01-02', '2026-08-31']));
    expect(year(2026).extraWorkingDays?.map((d) => d.date)).toEqual(['2026-01-10', '2026-08-22']);
  });
});
