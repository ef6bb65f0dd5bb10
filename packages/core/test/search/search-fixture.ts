/**
 * A small catalog written for the search tests: each procedure says only what a test needs,
 * the rest is filled with plain defaults. Compiled like the real catalog (Markdown → rich text).
 */
import { compileCatalog } from '../../src/build.js';
import type { Catalog, Procedure, SourceCatalog, SynonymSet } from '../../src/index.js';

export interface ProcedureSpec {
  id: string;
  vi: string;
  en?: string;
  summary?: string;
  summaryEn?: string;
  aliases?: string[];
  aliasesEn?: string[];
  code?: string;
  field?: string;
  agency?: string;
  channels?: ('in-person' | 'online' | 'postal')[];
  audience?: Procedure['audience'];
  level?: string[];
  fee?: number;
  documents?: string[];
  yearlyDossiers?: number;
}

function procedure(spec: ProcedureSpec): Procedure<string> {
  const channels = (spec.channels ?? ['in-person']).map((type) => ({ id: type, type, ...(type === 'online' ? { url: 'https://dichvucong.gov.vn' } : { agency: spec.agency ?? 'dept-justice' }) }));
  return {
    id: spec.id,
    ...(spec.code ? { code: spec.code } : {}),
    ...(spec.yearlyDossiers !== undefined ? { yearlyDossiers: spec.yearlyDossiers } : {}),
    name: { vi: spec.vi, en: spec.en ?? spec.vi },
    summary: { vi: spec.summary ?? '', en: spec.summaryEn ?? spec.summary ?? '' },
    aliases: { vi: spec.aliases ?? [], en: spec.aliasesEn ?? [] },
    field: spec.field ?? 'civil-status',
    level: spec.level ?? ['commune'],
    audience: spec.audience ?? ['individual'],
    competentAgency: spec.agency ?? 'dept-justice',
    receivingAgencies: ['service-center'],
    channels,
    documentGroups: [
      {
        id: 'standard',
        title: { vi: 'Hồ sơ', en: 'Documents' },
        documents: (spec.documents ?? []).map((name, i) => ({ id: `doc-${i}`, name: { vi: name, en: name }, quantity: 1, form: 'original' as const })),
      },
    ],
    fees: spec.fee ? [{ id: 'fee', label: { vi: 'Lệ phí', en: 'Fee' }, amount: spec.fee, currency: 'VND' }] : [],
    processingTime: { value: 5, unit: 'working-days' },
    steps: [{ title: { vi: 'Nộp hồ sơ', en: 'Apply' } }],
    result: { name: { vi: 'Kết quả', en: 'Result' } },
    legalBasis: [],
    updated: '2026-01-01',
  };
}

export function fixtureCatalog(specs: ProcedureSpec[], synonyms: SynonymSet[] = [], lifeEvents: SourceCatalog['lifeEvents'] = []): Catalog {
  const agency = (id: string, vi: string, en: string) => ({
    id,
    name: { vi, en },
    level: ['province'],
    address: { vi: 'Bình Dương', en: 'Binh Duong' },
    openingHours: [],
  });
  const source: SourceCatalog = {
    info: { id: 'search-fixture', title: { vi: 'Thử', en: 'Test' }, publisher: { vi: 'Thử', en: 'Test' }, locales: ['vi', 'en'], defaultLocale: 'vi', sample: true },
    agencies: [
      agency('dept-justice', 'Sở Tư pháp', 'Department of Justice'),
      agency('dept-transport', 'Sở Giao thông vận tải', 'Department of Transport'),
      agency('service-center', 'Trung tâm Phục vụ hành chính công', 'Public Administration Service Center'),
    ],
    fields: [
      { id: 'civil-status', name: { vi: 'Hộ tịch', en: 'Civil status' } },
      { id: 'road-transport', name: { vi: 'Đường bộ', en: 'Road transport' } },
      { id: 'land', name: { vi: 'Đất đai', en: 'Land' } },
    ],
    procedures: specs.map(procedure),
    lifeEvents,
    calendars: [],
    synonyms,
  };
  return compileCatalog(source);
}

/** Procedures most tests search: civil status, driving licences, land, with different channels and fees. */
export const CIVIL_AND_TRANSPORT: ProcedureSpec[] = [
  {
    id: 'birth-registration',
    vi: 'Đăng ký khai sinh',
    en: 'Birth registration',
    summary: 'Cha mẹ đăng ký khai sinh cho con trong 60 ngày. Miễn lệ phí.',
    summaryEn: 'Parents register a birth within 60 days. Free of charge.',
    aliases: ['làm giấy khai sinh'],
    code: '1.001193',
    channels: ['in-person', 'online'],
    documents: ['Tờ khai đăng ký khai sinh', 'Giấy chứng sinh'],
  },
  {
    id: 'birth-re-registration',
    vi: 'Đăng ký lại khai sinh',
    en: 'Birth re-registration',
    summary: 'Khi sổ hộ tịch và bản chính giấy khai sinh đều bị mất.',
    fee: 5000,
  },
  {
    id: 'marriage-registration',
    vi: 'Đăng ký kết hôn',
    en: 'Marriage registration',
    summary: 'Hai bên nam nữ cùng có mặt tại Ủy ban nhân dân cấp xã.',
    aliases: ['làm giấy đăng ký kết hôn'],
    channels: ['in-person'],
  },
  {
    id: 'driving-license-reissue',
    vi: 'Cấp lại giấy phép lái xe bị mất',
    en: 'Replace a lost driving licence',
    summary: 'Khi bằng lái bị mất, bạn xin cấp lại tại Sở Giao thông vận tải.',
    aliases: ['làm lại bằng lái bị mất'],
    aliasesEn: ['lost driving licence'],
    field: 'road-transport',
    agency: 'dept-transport',
    level: ['province'],
    channels: ['in-person', 'online', 'postal'],
    fee: 135000,
  },
  {
    id: 'land-certificate',
    vi: 'Cấp Giấy chứng nhận quyền sử dụng đất lần đầu',
    en: 'First land use certificate',
    summary: 'Người sử dụng đất đề nghị cấp sổ lần đầu.',
    field: 'land',
    agency: 'dept-transport',
    audience: ['individual', 'household'],
    level: ['district'],
    fee: 100000,
  },
];

export const FIXTURE_SYNONYMS: SynonymSet[] = [
  { locale: 'vi', terms: ['GPLX', 'giấy phép lái xe', 'bằng lái'] },
  { locale: 'vi', terms: ['sổ đỏ', 'giấy chứng nhận quyền sử dụng đất'] },
  { locale: 'en', terms: ['driving licence', "driver's license"] },
];
