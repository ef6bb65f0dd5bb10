/**
 * JSON Schema (draft 2020-12) of the editors' source files. The published copies under
 * `packages/core/schema/` are generated from this object (`npm run schema`) so YAML editors get
 * completion and checking; a test keeps them in sync.
 */
import { AUDIENCES, CHANNEL_TYPES, DOCUMENT_FORMS, FEE_APPLIES, TIME_UNITS, WEEKDAYS } from '../catalog/model.js';
import { guideSchemaDefs } from './guide-schema.js';

import { SCHEMA_VERSION } from '../catalog/schema-version.js';

export { SCHEMA_VERSION };

const LOCALE_KEY = '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$';
const ID = '^[a-z0-9]+(-[a-z0-9]+)*$';

type Json = Record<string, unknown>;

const ref = (name: string): Json => ({ $ref: `#/$defs/${name}` });
const localizedOf = (value: Json, description: string): Json => ({
  type: 'object',
  description,
  minProperties: 1,
  patternProperties: { [LOCALE_KEY]: value },
  additionalProperties: false,
});
const obj = (description: string, required: string[], properties: Record<string, Json>): Json => ({
  type: 'object',
  description,
  required,
  properties,
  additionalProperties: false,
});
const idPattern = (): Json => ({ type: 'string', pattern: ID });
const list = (items: Json, description: string, minItems = 0): Json => ({ type: 'array', description, items, minItems });

const defs: Record<string, Json> = {
  id: { type: 'string', pattern: ID, description: 'Stable slug: lowercase letters, digits and hyphens.' },
  date: {
    type: 'string',
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    format: 'date',
    description: 'A date written YYYY-MM-DD.',
  },
  url: {
    type: 'string',
    pattern: '^(https?://|mailto:|tel:)',
    format: 'uri',
    description: 'A web address (http or https), mailto: or tel: link.',
  },
  webUrl: { type: 'string', pattern: '^https?://', format: 'uri', description: 'A web address starting with https://' },
  phone: { type: 'string', pattern: '^\\+?[0-9 .()-]{3,20}$', description: 'A phone number, e.g. 0274 3822 822 or 1022.' },
  time: { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: '24-hour time HH:MM.' },
  text: localizedOf({ type: 'string', minLength: 1 }, 'Short text per locale, e.g. { vi: "…", en: "…" }.'),
  markdown: localizedOf({ type: 'string', minLength: 1 }, 'Markdown per locale (paragraphs, lists, **bold**, _italic_, links, tables).'),
  aliases: localizedOf(
    { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
    'What citizens type, per locale: colloquial names, abbreviations, phrasings.',
  ),
  weekday: { enum: [...WEEKDAYS] },
  openingHours: obj('Opening hours for some days of the week.', ['days', 'opens', 'closes'], {
    days: list(ref('weekday'), 'Days, e.g. [mon, tue, wed, thu, fri].', 1),
    opens: ref('time'),
    closes: ref('time'),
  }),
  processingTime: obj('How long the agency takes.', ['value', 'unit'], {
    value: { type: 'number', minimum: 0, description: 'Number of units; 0 means the same day.' },
    unit: { enum: [...TIME_UNITS], description: 'working-days, working-hours or calendar-days.' },
    from: ref('text'),
    note: ref('markdown'),
  }),
  channel: obj('A way to submit: at an office, online, or through the public postal service.', ['id', 'type'], {
    id: ref('id'),
    type: { enum: [...CHANNEL_TYPES] },
    agency: ref('id'),
    url: ref('webUrl'),
    homePickup: { type: 'boolean' },
    resultByPost: { type: 'boolean' },
    processingTime: ref('processingTime'),
    cutoff: { ...ref('time'), description: 'HH:MM after which a dossier sent this way counts from the next working day (wins over the procedure\'s).' },
    note: ref('markdown'),
  }),
  reduction: obj('A reduction of a fee.', ['label'], {
    label: ref('text'),
    percent: { type: 'number', minimum: 0, maximum: 100 },
    amount: { type: 'integer', minimum: 0 },
    condition: ref('markdown'),
  }),
  fee: obj('A fee or charge, for the channels it lists (all when none).', ['id', 'label', 'amount', 'currency'], {
    id: ref('id'),
    label: ref('text'),
    amount: { type: 'integer', minimum: 0, description: 'Whole đồng, without separators: 200000.' },
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
    kind: { enum: ['fee', 'charge'] },
    applies: { enum: [...FEE_APPLIES], description: 'always (default), case (only in the case the conditions describe) or on-request (extra copies).' },
    oneOf: { ...idPattern(), description: 'Group of alternative fees: exactly one of the group is charged, by case.' },
    per: ref('text'),
    channels: list(ref('id'), 'Channel ids this fee applies to.'),
    conditions: ref('markdown'),
    exemptions: ref('markdown'),
    reductions: list(ref('reduction'), 'Reductions.'),
    validFrom: ref('date'),
    validTo: ref('date'),
  }),
  document: obj('One document of the dossier.', ['id', 'name', 'quantity', 'form'], {
    id: ref('id'),
    name: ref('text'),
    quantity: { type: 'integer', minimum: 1 },
    form: { enum: [...DOCUMENT_FORMS] },
    template: ref('webUrl'),
    notes: ref('markdown'),
  }),
  documentGroup: obj('Documents for one case.', ['id', 'title', 'documents'], {
    id: ref('id'),
    title: ref('text'),
    appliesWhen: ref('markdown'),
    documents: list(ref('document'), 'Documents.', 1),
  }),
  step: obj('One step.', ['title'], { title: ref('text'), description: ref('markdown') }),
  result: obj('What the citizen receives.', ['name'], {
    name: ref('text'),
    validity: ref('text'),
    description: ref('markdown'),
  }),
  legalReference: obj('A legal document.', ['number', 'title'], {
    number: { type: 'string', minLength: 1 },
    title: ref('text'),
    issuer: ref('text'),
    date: ref('date'),
    url: ref('webUrl'),
  }),
  procedure: obj('One administrative procedure (catalog/procedures/<id>.yaml).', [
    'id', 'name', 'summary', 'aliases', 'field', 'level', 'audience', 'competentAgency',
    'receivingAgencies', 'channels', 'documentGroups', 'fees', 'processingTime', 'steps', 'result',
    'legalBasis', 'updated',
  ], {
    id: ref('id'),
    code: { type: 'string', pattern: '^\\d\\.\\d{6}$', description: 'National procedure code, e.g. 1.001234.' },
    name: ref('text'),
    summary: ref('markdown'),
    aliases: ref('aliases'),
    yearlyDossiers: {
      type: 'integer',
      minimum: 0,
      description: 'Dossiers received per year, as service centres report them (optional): search ranks common procedures above rare ones that match as well.',
    },
    field: ref('id'),
    level: list({ type: 'string', minLength: 1 }, 'Implementing levels.', 1),
    audience: list({ enum: [...AUDIENCES] }, 'Who can apply.', 1),
    competentAgency: ref('id'),
    receivingAgencies: list(ref('id'), 'Agencies that receive the dossier.', 1),
    previousCompetentAgency: { ...ref('id'), description: 'The agency that decided before a reorganisation; the build tells citizens of the move.' },
    channels: list(ref('channel'), 'Channels.', 1),
    documentGroups: list(ref('documentGroup'), 'Documents grouped by case.'),
    fees: list(ref('fee'), 'Fees and charges; an empty list means free of charge.'),
    processingTime: ref('processingTime'),
    cutoff: { ...ref('time'), description: 'HH:MM after which a dossier counts from the next working day, when it differs from the calendar\'s (e.g. 15:00).' },
    steps: list(ref('step'), 'Steps in order.', 1),
    result: ref('result'),
    requirements: ref('markdown'),
    legalBasis: list(ref('legalReference'), 'Legal basis.', 1),
    validFrom: ref('date'),
    validTo: ref('date'),
    updated: ref('date'),
    changeNote: ref('text'),
    guide: { ...ref('guide'), description: 'Guided flow (catalog/guides/<id>.yaml is preferred).' },
  }),
  agency: obj('A public organisation (catalog/agencies/<id>.yaml).', ['id', 'name', 'level', 'address', 'openingHours'], {
    id: ref('id'),
    name: ref('text'),
    shortName: ref('text'),
    level: list({ type: 'string', minLength: 1 }, 'Levels: national, province, district, commune…', 1),
    parent: ref('id'),
    address: ref('text'),
    openingHours: list(ref('openingHours'), 'Opening hours.', 1),
    openingNote: ref('markdown'),
    phone: ref('phone'),
    hotline: ref('phone'),
    email: { type: 'string', pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' },
    website: ref('webUrl'),
    map: ref('webUrl'),
    replaces: list(ref('agencySuccession'), 'Agencies whose work this one took over (their files stay so saved ids keep working).'),
  }),
  agencySuccession: obj('An agency this one took over from.', ['agency', 'since'], {
    agency: { ...ref('id'), description: 'Id of the agency taken over.' },
    since: { ...ref('date'), description: 'First day this agency does the work.' },
    scope: { ...ref('text'), description: 'Only this part of the work moved here, e.g. { vi: giấy phép lái xe, en: driving licences }; leave out when all of it did.' },
    notice: { ...ref('text'), description: 'What citizens read, without the date: "Driving licences are now handled by the police".' },
  }),
  field: obj('A field (sector).', ['id', 'name'], { id: ref('id'), name: ref('text') }),
  lifeEvent: obj('A life or business event (catalog/life-events/<id>.yaml).', ['id', 'kind', 'name', 'summary', 'procedures'], {
    id: ref('id'),
    kind: { enum: ['life', 'business'] },
    name: ref('text'),
    summary: ref('markdown'),
    aliases: ref('aliases'),
    procedures: list(ref('id'), 'Procedure ids in the order the citizen does them.', 1),
  }),
  holiday: obj('A public holiday.', ['date', 'name', 'kind'], {
    date: ref('date'),
    name: ref('text'),
    kind: { enum: ['holiday', 'lunar-new-year', 'substitute'] },
  }),
  calendar: obj('Working days of one year (catalog/calendars/<year>.yaml).', ['year', 'workingWeek', 'holidays'], {
    year: { type: 'integer', minimum: 2000, maximum: 2100 },
    workingWeek: list(ref('weekday'), 'Working days of the week.', 1),
    holidays: list(ref('holiday'), 'Public holidays and days off.'),
    extraWorkingDays: list(obj('A make-up working day.', ['date'], { date: ref('date'), note: ref('text') }), 'Make-up working days.'),
    cutoff: ref('time'),
    provisional: { type: 'boolean', description: 'true until the Government announces the year\'s days off.' },
  }),
  catalogInfo: obj('The catalog (catalog/catalog.yaml).', ['id', 'title', 'publisher', 'locales', 'defaultLocale', 'sample'], {
    id: ref('id'),
    title: ref('text'),
    publisher: ref('text'),
    locales: list({ type: 'string', pattern: LOCALE_KEY }, 'Locales every text must have.', 1),
    defaultLocale: { type: 'string', pattern: LOCALE_KEY },
    sample: { type: 'boolean', description: 'true shows "sample data — verify with the authority".' },
    helpAgency: ref('id'),
    website: ref('webUrl'),
  }),
  fieldsFile: obj('Fields (catalog/fields.yaml).', ['fields'], { fields: list(ref('field'), 'Fields.', 1) }),
  synonymsFile: obj('Synonyms (catalog/synonyms.yaml).', ['synonyms'], {
    synonyms: list(
      obj('Terms that mean the same.', ['terms'], {
        locale: { type: 'string', pattern: LOCALE_KEY },
        terms: list({ type: 'string', minLength: 1 }, 'Terms.', 2),
      }),
      'Synonym sets.',
    ),
  }),
  ...guideSchemaDefs({ ref, obj, list }),
};

/** Which definition each kind of source file is checked against. */
export const SOURCE_FILE_KINDS = {
  catalog: 'catalogInfo',
  agency: 'agency',
  fields: 'fieldsFile',
  procedure: 'procedure',
  lifeEvent: 'lifeEvent',
  calendar: 'calendar',
  synonyms: 'synonymsFile',
  guide: 'guide',
} as const;
export type SourceFileKind = keyof typeof SOURCE_FILE_KINDS;

/** A self-contained schema for one kind of source file. */
export function sourceSchema(kind: SourceFileKind): Json {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://onestop.example/schema/v${SCHEMA_VERSION}/${kind}.schema.json`,
    title: `Onestop ${kind} source file`,
    ...ref(SOURCE_FILE_KINDS[kind]),
    $defs: defs,
  };
}
