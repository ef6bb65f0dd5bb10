/** The summary a list or a search result shows of a procedure: what it says, and what it leaves out. */
import { describe, expect, it } from 'vitest';
import { summarize, type Fee, type Procedure } from '../../src/index.js';

const fee = (id: string, amount: number, extra: Partial<Fee> = {}): Fee => ({ id, label: { vi: id }, amount, currency: 'VND', ...extra });
const document = (id: string, vi: string, en: string) => ({ id, name: { vi, en }, quantity: 1, form: 'original' as const });

const PASSPORT = {
  id: 'passport',
  name: { vi: 'Cấp hộ chiếu', en: 'Passport' },
  summary: { vi: 'Cấp hộ chiếu phổ thông.', en: 'An ordinary passport.' },
  aliases: { vi: ['làm hộ chiếu'], en: [] },
  field: 'exit-entry',
  level: ['province'],
  audience: ['individual'],
  competentAgency: 'police',
  receivingAgencies: ['police', 'service-center'],
  channels: [
    { id: 'post', type: 'postal', agency: 'police' },
    { id: 'office', type: 'in-person', agency: 'police' },
    { id: 'portal', type: 'online', url: 'https://dichvucong.gov.vn' },
    { id: 'office-2', type: 'in-person', agency: 'service-center' },
  ],
  documentGroups: [
    { id: 'standard', title: { vi: 'Hồ sơ', en: 'Documents' }, documents: [document('form', 'Tờ khai', 'Form'), document('photo', 'Ảnh', 'Photo')] },
    { id: 'children', title: { vi: 'Trẻ em', en: 'Children' }, documents: [document('birth', 'Giấy khai sinh', 'Birth certificate')] },
  ],
  fees: [fee('old', 200000, { validTo: '2026-06-30' }), fee('new', 160000, { validFrom: '2026-07-01' }), fee('late', 50000, { applies: 'case' })],
  processingTime: { value: 8, unit: 'working-days' },
  steps: [],
  result: { name: { vi: 'Hộ chiếu', en: 'Passport' } },
  legalBasis: [],
  updated: '2026-03-01',
} as unknown as Procedure;

describe('the summary of a procedure', () => {
  it('carries what a result shows: names, agencies, each kind of channel once in order, and documents per language', () => {
    expect(summarize(PASSPORT, '2026-07-01')).toEqual({
      id: 'passport',
      name: PASSPORT.name,
      summary: PASSPORT.summary,
      aliases: PASSPORT.aliases,
      field: 'exit-entry',
      level: ['province'],
      audience: ['individual'],
      competentAgency: 'police',
      receivingAgencies: ['police', 'service-center'],
      channelTypes: ['in-person', 'online', 'postal'],
      feeFrom: 160000,
      feeTo: 210000,
      processingTime: { value: 8, unit: 'working-days' },
      documentNames: { vi: ['Tờ khai', 'Ảnh', 'Giấy khai sinh'], en: ['Form', 'Photo', 'Birth certificate'] },
      updated: '2026-03-01',
    });
  });

  it('prices the fees in force on the day it is made', () => {
    expect(summarize(PASSPORT, '2026-06-30')).toMatchObject({ feeFrom: 200000, feeTo: 250000 });
  });

  it('shows the national code and the yearly dossiers when the catalog has them, even a year with none', () => {
    const s = summarize({ ...PASSPORT, code: '1.000123', yearlyDossiers: 0 }, '2026-07-01');
    expect(s.code).toBe('1.000123');
    expect(s.yearlyDossiers).toBe(0);
    const without = summarize(PASSPORT, '2026-07-01');
    expect('code' in without || 'yearlyDossiers' in without).toBe(false);
  });
});
