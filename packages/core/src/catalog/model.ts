/**
 * The Onestop catalog model.
 *
 * Two shapes share these types: the editors' source (text fields are Markdown strings) and the
 * published build (long text fields are compiled to {@link RichText}). `T` is the long-text type.
 * Field meanings are aligned with Vietnam's national database of administrative procedures and
 * with CPSV-AP 3.2; docs/catalog-model.md has the table.
 */
import type { RichText } from '../richtext/rich-text.js';
import type { GuideFlow } from './guide-flow.js';

/** BCP 47 language tag, e.g. "vi", "en". */
export type Locale = string;

/** A value per locale: `{ vi: "...", en: "..." }`. Locales are data, never code. */
export type Localized<V> = Record<Locale, V>;

/** ISO date `YYYY-MM-DD`. */
export type IsoDate = string;

export const AGENCY_LEVELS = ['national', 'province', 'district', 'commune'] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number] | (string & {});

export const AUDIENCES = ['individual', 'organisation', 'foreigner', 'household', 'enterprise'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const CHANNEL_TYPES = ['in-person', 'online', 'postal'] as const;
/** CPSV-AP Channel types: assisted at an office, digital, and the public postal service. */
export type ChannelType = (typeof CHANNEL_TYPES)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const DOCUMENT_FORMS = ['original', 'certified-copy', 'copy', 'original-or-certified-copy', 'electronic'] as const;
/** Whether the citizen brings the original, a certified copy, a plain copy, or an e-document. */
export type DocumentForm = (typeof DOCUMENT_FORMS)[number];

export const TIME_UNITS = ['working-days', 'working-hours', 'calendar-days'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

export interface OpeningHours {
  days: Weekday[];
  /** `HH:MM`, 24-hour local time. */
  opens: string;
  closes: string;
}

/**
 * An agency this one took over from. Reorganisations merge, split and rename agencies; the old
 * agency's file stays so that ids citizens saved keep resolving (`resolveAgency`).
 */
export interface AgencySuccession {
  /** Id of the agency taken over. */
  agency: string;
  /** First day this agency does the work. */
  since: IsoDate;
  /** Only this part of the old agency's work moved here (e.g. "driving licences"); absent: all of it. */
  scope?: Localized<string>;
  /** The sentence citizens read, without the date: "Driving licences are now handled by the police". */
  notice?: Localized<string>;
}

/** CPSV-AP PublicOrganisation with its ContactPoint. */
export interface Agency<T = RichText> {
  id: string;
  name: Localized<string>;
  shortName?: Localized<string>;
  /** A list, since reorganisations merge and rename administrative levels. */
  level: AgencyLevel[];
  parent?: string;
  address: Localized<string>;
  openingHours: OpeningHours[];
  openingNote?: Localized<T>;
  phone?: string;
  hotline?: string;
  email?: string;
  website?: string;
  map?: string;
  /** Agencies whose work this one took over, and from when. */
  replaces?: AgencySuccession[];
}

/**
 * A procedure's move to a new competent agency, worded for citizens; computed by the build from
 * `previousCompetentAgency` and the agencies' `replaces`, so a procedure page can show it.
 */
export interface AgencyChange {
  from: string;
  to: string;
  /** When the new agency took over, if a succession records it. */
  since?: IsoDate;
  /** "Driving licences are now handled by the police (since 1 March 2025)". */
  text: Localized<string>;
}

/** A sector ("lĩnh vực") such as civil status, road transport, enterprise. */
export interface Field {
  id: string;
  name: Localized<string>;
}

export interface ProcessingTime<T = RichText> {
  value: number;
  unit: TimeUnit;
  /** What the count starts from, e.g. "from receipt of a complete dossier". */
  from?: Localized<string>;
  note?: Localized<T>;
}

/** CPSV-AP Channel: how the service is delivered, with its own processing time. */
export interface Channel<T = RichText> {
  id: string;
  type: ChannelType;
  /** The office that receives the dossier (in-person, postal). */
  agency?: string;
  /** Online submission address. */
  url?: string;
  /** Public postal service picks the dossier up at home or at the enterprise. */
  homePickup?: boolean;
  /** Result returned by post. */
  resultByPost?: boolean;
  processingTime?: ProcessingTime<T>;
  /** Hour (`HH:MM`) after which a dossier sent this way counts from the next working day; wins over the procedure's. */
  cutoff?: string;
  note?: Localized<T>;
}

export interface FeeReduction<T = RichText> {
  label: Localized<string>;
  /** Percentage off (0-100). */
  percent?: number;
  /** Fixed amount off, in the fee's currency. */
  amount?: number;
  condition?: Localized<T>;
}

export const FEE_APPLIES = ['always', 'case', 'on-request'] as const;
/**
 * When a fee is charged: `always` (the default), only in some `case` the conditions describe, or
 * `on-request` (extra copies, express service).
 */
export type FeeApplies = (typeof FEE_APPLIES)[number];

/**
 * CPSV-AP Cost. A fee applies to the channels it lists, or to all channels when none are listed.
 * Fees sharing a `oneOf` group are alternatives: exactly one of them is charged, by case.
 */
export interface Fee<T = RichText> {
  id: string;
  applies?: FeeApplies;
  oneOf?: string;
  label: Localized<string>;
  /** Whole units of currency; 0 for free of charge. */
  amount: number;
  currency: 'VND' | (string & {});
  /** `fee` (phí) or `charge` (lệ phí). */
  kind?: 'fee' | 'charge';
  /** Per copy, per page, per dossier… */
  per?: Localized<string>;
  channels?: string[];
  conditions?: Localized<T>;
  exemptions?: Localized<T>;
  reductions?: FeeReduction<T>[];
  validFrom?: IsoDate;
  validTo?: IsoDate;
}

/** CPSV-AP Evidence: one component of the dossier. */
export interface DocumentRequirement<T = RichText> {
  id: string;
  name: Localized<string>;
  quantity: number;
  form: DocumentForm;
  /** Link to the form template (mẫu đơn, tờ khai). */
  template?: string;
  notes?: Localized<T>;
}

/** Documents grouped by case ("trường hợp"): the standard dossier, or a case with extra papers. */
export interface DocumentGroup<T = RichText> {
  id: string;
  title: Localized<string>;
  /** When this group applies, in words; omitted for the documents everyone brings. */
  appliesWhen?: Localized<T>;
  documents: DocumentRequirement<T>[];
}

export interface Step<T = RichText> {
  title: Localized<string>;
  description?: Localized<T>;
}

/** CPSV-AP Output. */
export interface ProcedureResult<T = RichText> {
  name: Localized<string>;
  validity?: Localized<string>;
  description?: Localized<T>;
}

/** CPSV-AP LegalResource. */
export interface LegalReference {
  number: string;
  title: Localized<string>;
  issuer?: Localized<string>;
  date?: IsoDate;
  url?: string;
}

/** CPSV-AP PublicService; the national database's "thủ tục hành chính" record. */
export interface Procedure<T = RichText> {
  id: string;
  /** National procedure code, e.g. "1.001234" or "2.000488". */
  code?: string;
  name: Localized<string>;
  summary: Localized<T>;
  /** What citizens type: colloquial names, abbreviations, phrasings, per locale. */
  aliases: Localized<string[]>;
  /**
   * How commonly the procedure is used: dossiers received in a year, as service centres report
   * them. Optional; search ranks a common procedure above rare ones that match a query as well.
   */
  yearlyDossiers?: number;
  field: string;
  level: AgencyLevel[];
  audience: Audience[];
  /** The authority that decides (cơ quan có thẩm quyền). */
  competentAgency: string;
  /** Where the dossier is received (cơ quan thực hiện / bộ phận một cửa). */
  receivingAgencies: string[];
  /** The agency that decided before a reorganisation, while citizens should still be told of the move. */
  previousCompetentAgency?: string;
  /** Published only: the move from `previousCompetentAgency`, worded for citizens. */
  agencyChange?: AgencyChange;
  channels: Channel<T>[];
  documentGroups: DocumentGroup<T>[];
  fees: Fee<T>[];
  processingTime: ProcessingTime<T>;
  /** Hour (`HH:MM`) after which a dossier counts from the next working day, when it differs from the calendar's. */
  cutoff?: string;
  steps: Step<T>[];
  result: ProcedureResult<T>;
  requirements?: Localized<T>;
  legalBasis: LegalReference[];
  validFrom?: IsoDate;
  validTo?: IsoDate;
  updated: IsoDate;
  changeNote?: Localized<string>;
  /** Guided flow (catalog/guides/<id>.yaml); its shape is owned by the guide engine. */
  guide?: GuideFlow<T>;
}

/** CPSV-AP LifeEvent / BusinessEvent: procedures bundled in the order a citizen does them. */
export interface LifeEvent<T = RichText> {
  id: string;
  kind: 'life' | 'business';
  name: Localized<string>;
  summary: Localized<T>;
  aliases?: Localized<string[]>;
  procedures: string[];
}

export interface Holiday {
  date: IsoDate;
  name: Localized<string>;
  kind: 'holiday' | 'lunar-new-year' | 'substitute';
}

/** Working week and public holidays of one year, as editors publish them. */
export interface CalendarYear {
  year: number;
  workingWeek: Weekday[];
  holidays: Holiday[];
  /** Days outside the working week that are worked to make up for a bridge holiday. */
  extraWorkingDays?: { date: IsoDate; note?: Localized<string> }[];
  /** Hour of day (`HH:MM`) after which a submission counts from the next working day. */
  cutoff?: string;
  /** The Government has not announced this year's days off yet: dates are the expected ones. */
  provisional?: boolean;
}

/** Terms that mean the same to citizens, expanded at query time by search. */
export interface SynonymSet {
  locale?: Locale;
  terms: string[];
}

export interface CatalogInfo {
  id: string;
  title: Localized<string>;
  publisher: Localized<string>;
  locales: Locale[];
  defaultLocale: Locale;
  /** Shown by every widget: "sample data — verify with the authority". */
  sample: boolean;
  /** The agency whose hotline helps citizens with anything in this catalog. */
  helpAgency?: string;
  website?: string;
}

export interface Catalog<T = RichText> {
  info: CatalogInfo;
  agencies: Agency<T>[];
  fields: Field[];
  procedures: Procedure<T>[];
  lifeEvents: LifeEvent<T>[];
  calendars: CalendarYear[];
  synonyms: SynonymSet[];
}

/** The editors' source catalog: long text is Markdown. */
export type SourceCatalog = Catalog<string>;
