/**
 * The cross-checks (build/cross-check.ts) as an editor meets them: what each mistake prints, word
 * for word as `onestop check` shows it (file, line and column, field path, message, hint), which
 * file a problem goes to, and the boundaries between a mistake and a valid catalog. The problem-code
 * table says where each code points; this says what it tells the editor to do.
 */
import { describe, expect, it } from 'vitest';
// The loader and the formatter only, not the package entries: the mutation run imports this file once per mutant.
import { loadSource } from '../../src/build/load-source.js';
import { formatProblem } from '../../src/catalog/problem.js';
import { agency, AGENCY, CALENDAR, edit, fees, LATE, MINIMAL_FILES, minimalFiles, PROCEDURE, procedureWith, TODAY } from '../fixtures/minimal-catalog.js';

const EVENT = 'life-events/having-a-baby.yaml';
const load = (changes: Record<string, string | null>) => loadSource(minimalFiles(changes), { today: TODAY }).problems;
const printed = (changes: Parameters<typeof load>[0]) => load(changes).map(formatProblem);
const calendar = (year: number, holiday: string) => `year: ${year}\nworkingWeek: [mon, tue, wed, thu, fri]\nholidays:\n  - date: ${holiday}\n    kind: holiday\n    name: { vi: Nghỉ, en: Holiday }\n`;

interface Mistake {
  mistake: string;
  changes: Parameters<typeof load>[0];
  printed: string[];
}

const MISTAKES: Mistake[] = [
  {
    mistake: 'a default locale that is not among the locales',
    changes: edit('catalog.yaml', 'defaultLocale: vi', 'defaultLocale: fr'),
    printed: ['catalog.yaml:5:16  defaultLocale  the default locale "fr" is not in locales  (add it to locales: [vi, en, fr])'],
  },
  {
    mistake: 'a name without its English text',
    changes: procedureWith('name: { vi: Đăng ký khai sinh, en: Birth registration }', 'name: { vi: Đăng ký khai sinh }'),
    printed: [`${PROCEDURE}:3:7  name  warning: no en text  (add "en: …" next to the other languages)`],
  },
  {
    mistake: 'a name in a language the catalog does not declare',
    changes: procedureWith('en: Birth registration }', 'en: Birth registration, fr: Naissance }'),
    printed: [`${PROCEDURE}:3:60  name.fr  warning: "fr" is not one of the catalog's locales (vi, en)  (add fr to locales in catalog.yaml, or remove this text)`],
  },
  {
    mistake: 'a blank alias in a list of aliases',
    changes: procedureWith('en: [birth certificate]', 'en: [birth certificate, " "]'),
    printed: [`${PROCEDURE}:9:27  aliases.en[1]  the text is blank  (write the text, or remove the field if it is optional)`],
  },
  {
    mistake: 'an HTML tag in a summary',
    changes: procedureWith("en: Register a child's birth.", 'en: "Register <b>now</b>"'),
    printed: [`${PROCEDURE}:6:7  summary.en  HTML is not allowed in Markdown text; it is shown as plain text  (links must start with https://, http://, mailto: or tel:; write no HTML tags and no images)`],
  },
  {
    mistake: 'two fields with one id',
    changes: edit('fields.yaml', '    name: { vi: Hộ tịch, en: Civil status }\n', '    name: { vi: Hộ tịch, en: Civil status }\n  - id: tax\n    name: { vi: Thuế, en: Tax }\n  - id: civil-status\n    name: { vi: Hộ tịch, en: Civil status }\n'),
    printed: ['fields.yaml:6:9  fields[2].id  the field id "civil-status" is used twice  (give each one its own id)'],
  },
  {
    mistake: 'an agency that is its own parent',
    changes: edit(AGENCY, 'hotline: "1022"', 'hotline: "1022"\nparent: center'),
    printed: [`${AGENCY}:10:9  parent  an agency cannot be its own parent  (remove parent or name the agency above this one)`],
  },
  {
    mistake: 'an agency whose parent does not exist',
    changes: edit(AGENCY, 'hotline: "1022"', 'hotline: "1022"\nparent: ward'),
    printed: [`${AGENCY}:10:9  parent  there is no agency "ward"  (check the spelling or add agencies/<id>.yaml)`],
  },
  {
    mistake: 'an office that closes before it opens',
    changes: edit(AGENCY, 'opens: "07:30"', 'opens: "17:00"'),
    printed: [`${AGENCY}:6:5  openingHours[0]  opens at 17:00 but closes at 16:30  (the closing time must be after the opening time)`],
  },
  {
    mistake: 'a life event listing a procedure that does not exist',
    changes: edit(EVENT, 'procedures: [birth-registration]', 'procedures: [birth-registration, passport]'),
    printed: [`${EVENT}:5:34  procedures[1]  there is no procedure "passport"  (check the spelling or add procedures/<id>.yaml)`],
  },
  {
    mistake: 'a life event listing a misspelt procedure',
    changes: edit(EVENT, 'procedures: [birth-registration]', 'procedures: [birth-registrtion]'),
    printed: [`${EVENT}:5:14  procedures[0]  there is no procedure "birth-registrtion"  (did you mean "birth-registration"?)`],
  },
  {
    mistake: 'a life event listing a procedure twice',
    changes: edit(EVENT, 'procedures: [birth-registration]', 'procedures: [birth-registration, birth-registration]'),
    printed: [`${EVENT}:5:34  procedures[1]  "birth-registration" is listed twice  (list each procedure once)`],
  },
  {
    mistake: 'a holiday of another year',
    changes: edit(CALENDAR, 'date: 2026-01-01', 'date: 2025-01-01'),
    printed: [`${CALENDAR}:4:11  holidays[0].date  2025-01-01 is not in 2026  (move it to calendars/2025.yaml)`],
  },
  {
    mistake: 'a holiday that is also a working day',
    changes: edit(CALENDAR, 'workingWeek: [mon, tue, wed, thu, fri]', 'workingWeek: [mon, tue, wed, thu, fri]\nextraWorkingDays:\n  - date: 2026-01-01'),
    printed: [`${CALENDAR}:4:11  extraWorkingDays[0].date  2026-01-01 is both a holiday and a working day  (keep it in one list)`],
  },
  {
    mistake: 'a mistake in the second of two calendar years is shown in that year\'s file',
    changes: { 'calendars/2027.yaml': calendar(2027, '2026-12-31') },
    printed: ['calendars/2027.yaml:4:11  holidays[0].date  2026-12-31 is not in 2027  (move it to calendars/2026.yaml)'],
  },
  {
    mistake: 'an online channel without its url',
    changes: procedureWith('    url: https://dichvucong.gov.vn\n', ''),
    printed: [`${PROCEDURE}:19:5  channels[1]  an online channel needs the url where citizens apply  (add url: https://…)`],
  },
  {
    mistake: 'an office channel without its office',
    changes: procedureWith('    agency: center\n  - id: online', '  - id: online'),
    printed: [`${PROCEDURE}:16:5  channels[0]  warning: this in-person channel should name the office that receives the dossier  (add agency: <agency id>)`],
  },
  {
    mistake: 'two channels with one id',
    changes: procedureWith('  - id: online', '  - id: in-person'),
    printed: [`${PROCEDURE}:19:9  channels[1].id  the channel id "in-person" is used twice  (give each channel its own id)`],
  },
  {
    mistake: 'a reduction with neither percent nor amount',
    changes: fees(`${LATE}    reductions:\n      - label: { vi: Miễn, en: Waiver }\n`),
    printed: [`${PROCEDURE}:36:9  fees[0].reductions[0]  a reduction needs percent or amount  (add percent: 50 or amount: 100000)`],
  },
  {
    mistake: 'a reduction larger than its fee',
    changes: fees(`${LATE}    reductions:\n      - label: { vi: Miễn, en: Waiver }\n        amount: 8001\n`),
    printed: [`${PROCEDURE}:37:17  fees[0].reductions[0].amount  the reduction is larger than the fee  (check the amounts)`],
  },
  {
    mistake: 'a fee that ends before it starts',
    changes: fees(`${LATE}    validFrom: 2026-07-01\n    validTo: 2026-06-30\n`),
    printed: [`${PROCEDURE}:36:14  fees[0].validTo  validTo 2026-06-30 is before validFrom 2026-07-01  (swap the dates or fix the year)`],
  },
  {
    mistake: 'the same fee twice on one day',
    changes: fees(`${LATE}    validTo: 2026-06-30\n${LATE}    validFrom: 2026-06-30\n`),
    printed: [`${PROCEDURE}:36:5  fees[1]  fee "late" overlaps in time with fees[0] for the same channel  (end the earlier one with validTo the day before the new validFrom)`],
  },
  {
    mistake: 'a group of alternatives with one fee',
    changes: fees(`${LATE}    oneOf: speed\n`),
    printed: [`${PROCEDURE}:35:12  fees[0].oneOf  warning: the fee group "speed" has only one fee  (alternatives need two fees or more; remove oneOf if this fee stands alone)`],
  },
  {
    mistake: 'a fee charged in some cases that does not say which',
    changes: fees(`${LATE}    applies: case\n`),
    printed: [`${PROCEDURE}:35:14  fees[0].applies  warning: a fee charged only in some cases should say which  (add conditions: { vi: …, en: … })`],
  },
  {
    mistake: 'a procedure checked in the future',
    changes: procedureWith('updated: 2026-01-10', 'updated: 2026-11-26'),
    printed: [`${PROCEDURE}:44:10  updated  warning: updated 2026-11-26 is in the future  (use the date the content was last checked)`],
  },
  {
    mistake: 'an alias listed twice, told apart only by case and spaces',
    changes: procedureWith('vi: [làm giấy khai sinh]', 'vi: [làm giấy khai sinh, "Làm giấy khai sinh "]'),
    printed: [`${PROCEDURE}:8:28  aliases.vi[1]  warning: the alias "Làm giấy khai sinh " is listed twice  (remove one)`],
  },
  {
    mistake: 'a help agency that does not exist',
    changes: edit('catalog.yaml', 'helpAgency: center', 'helpAgency: centre'),
    printed: ['catalog.yaml:7:13  helpAgency  there is no agency "centre"  (did you mean "center"?)'],
  },
  {
    mistake: 'a receiving agency and a channel office that do not exist',
    changes: procedureWith(/receivingAgencies: \[center\]\n([\s\S]*?)agency: center/, 'receivingAgencies: [center, ward]\n$1agency: post-office'),
    printed: [
      `${PROCEDURE}:14:29  receivingAgencies[1]  there is no agency "ward"  (check the spelling or add agencies/<id>.yaml)`,
      `${PROCEDURE}:18:13  channels[0].agency  there is no agency "post-office"  (check the spelling or add agencies/<id>.yaml)`,
    ],
  },
  {
    mistake: 'a procedure file copied under another name without changing its id',
    changes: { 'procedures/death-registration.yaml': MINIMAL_FILES[PROCEDURE]! },
    printed: [
      'procedures/death-registration.yaml:1:5  id  the id "birth-registration" differs from the file name "death-registration"  (rename the file to birth-registration.yaml or change the id to death-registration)',
      'procedures/death-registration.yaml:1:5  id  the procedure id "birth-registration" is used twice  (give each one its own id)',
    ],
  },
  {
    mistake: 'a life event file copied under another name without changing its id',
    changes: { 'life-events/starting-school.yaml': MINIMAL_FILES[EVENT]! },
    printed: [
      'life-events/starting-school.yaml:1:5  id  the id "having-a-baby" differs from the file name "starting-school"  (rename the file to having-a-baby.yaml or change the id to starting-school)',
      'life-events/starting-school.yaml:1:5  id  the life event id "having-a-baby" is used twice  (give each one its own id)',
    ],
  },
  {
    mistake: 'a holiday listed twice',
    changes: { [CALENDAR]: `${calendar(2026, '2026-01-01')}  - date: 2026-01-01\n    kind: holiday\n    name: { vi: Tết, en: New Year }\n` },
    printed: [`${CALENDAR}:7:11  holidays[1].date  2026-01-01 is listed twice  (list each day once)`],
  },
  {
    mistake: 'two documents with one id, in two groups with one id',
    changes: procedureWith('        form: original\n', `        form: original\n  - id: standard\n    title: { vi: Khác, en: Other }\n    documents:\n      - id: declaration\n        name: { vi: Tờ khai, en: Form }\n        quantity: 1\n        form: original\n`),
    printed: [
      `${PROCEDURE}:30:9  documentGroups[1].id  the document group id "standard" is used twice  (give each group its own id)`,
      `${PROCEDURE}:33:13  documentGroups[1].documents[0].id  the document id "declaration" is used twice  (give each document its own id)`,
    ],
  },
  {
    mistake: 'agency parents that go round in a loop, reached from an agency outside it',
    changes: { [AGENCY]: null, 'agencies/a.yaml': agency('a', 'parent: c\n'), 'agencies/b.yaml': agency('b', 'parent: c\n'), 'agencies/c.yaml': agency('c', 'parent: b\n'), ...edit('catalog.yaml', 'helpAgency: center', 'helpAgency: a'), ...procedureWith(/competentAgency: center\nreceivingAgencies: \[center\]\n([\s\S]*?)agency: center/, 'competentAgency: a\nreceivingAgencies: [a]\n$1agency: a') },
    printed: ['agencies/b.yaml:10:9  parent  the parents of these agencies go round in a loop: b → c → b  (one of them must name the agency above it, or no parent at all)'],
  },
  {
    mistake: 'a misspelt agency, between two known ones',
    changes: { 'agencies/ward.yaml': agency('ward'), ...procedureWith('competentAgency: center', 'competentAgency: cantre') },
    printed: [`${PROCEDURE}:13:18  competentAgency  there is no agency "cantre"  (did you mean "center"?)`],
  },
  {
    mistake: 'an agency id one letter off two known ones: the first in file order is suggested',
    changes: { 'agencies/ward-1.yaml': agency('ward-1'), 'agencies/ward-2.yaml': agency('ward-2'), ...procedureWith('competentAgency: center', 'competentAgency: ward-3') },
    printed: [`${PROCEDURE}:13:18  competentAgency  there is no agency "ward-3"  (did you mean "ward-1"?)`],
  },
  {
    mistake: 'a long id four letters off',
    changes: edit(EVENT, 'procedures: [birth-registration]', 'procedures: [birth-registering]'),
    printed: [`${EVENT}:5:14  procedures[0]  there is no procedure "birth-registering"  (did you mean "birth-registration"?)`],
  },
  {
    mistake: 'a fee without an end, and the same fee again from a later day',
    changes: fees(`${LATE}${LATE}    validFrom: 2026-07-01\n`),
    printed: [`${PROCEDURE}:35:5  fees[1]  fee "late" overlaps in time with fees[0] for the same channel  (end the earlier one with validTo the day before the new validFrom)`],
  },
  {
    mistake: 'a fee on one channel, and the same fee again for every channel',
    changes: fees(`${LATE}    channels: [online]\n${LATE}`),
    printed: [`${PROCEDURE}:36:5  fees[1]  fee "late" overlaps in time with fees[0] for the same channel  (end the earlier one with validTo the day before the new validFrom)`],
  },
  {
    mistake: 'the same fee twice on one day, the later-listed one ending on the day the earlier-listed one starts',
    changes: fees(`${LATE}    validFrom: 2026-06-30\n${LATE}    validTo: 2026-06-30\n`),
    printed: [`${PROCEDURE}:36:5  fees[1]  fee "late" overlaps in time with fees[0] for the same channel  (end the earlier one with validTo the day before the new validFrom)`],
  },
  {
    mistake: 'two fees of one id, each from a start with no end',
    changes: fees(`${LATE}    validFrom: 2026-01-01\n${LATE}    validFrom: 2026-07-01\n`),
    printed: [`${PROCEDURE}:36:5  fees[1]  fee "late" overlaps in time with fees[0] for the same channel  (end the earlier one with validTo the day before the new validFrom)`],
  },
  {
    mistake: 'a fee that ends, and the same fee again with no dates',
    changes: fees(`${LATE}    validTo: 2026-06-30\n${LATE}`),
    printed: [`${PROCEDURE}:36:5  fees[1]  fee "late" overlaps in time with fees[0] for the same channel  (end the earlier one with validTo the day before the new validFrom)`],
  },
  {
    mistake: 'a catalog whose only procedure was removed, beside a broken agency file',
    changes: { [PROCEDURE]: null, [EVENT]: null, [AGENCY]: MINIMAL_FILES[AGENCY]!.replace('level: [province]', 'level: province') },
    printed: [
      `${AGENCY}:3:8  level  should be a list, found the text "province"  (write a list: [item, item] or one "- item" per line)`,
      'procedures/  warning: the catalog has no procedures  (add one YAML file per procedure under procedures/)',
    ],
  },
  {
    mistake: 'a second agency file declaring an id already used',
    changes: { 'agencies/centre.yaml': agency('center') },
    printed: [
      'agencies/centre.yaml:1:5  id  the id "center" differs from the file name "centre"  (rename the file to center.yaml or change the id to centre)',
      'agencies/centre.yaml:1:5  id  the agency id "center" is used twice  (give each one its own id)',
    ],
  },
];

describe('what an editor reads for each cross-check mistake', () => {
  it.each(MISTAKES)('$mistake', ({ changes, printed: expected }) => {
    expect(printed(changes)).toEqual(expected);
  });
});

describe('the file a cross-check problem is shown in', () => {
  const where = (changes: Parameters<typeof load>[0]) => load(changes).map((p) => `${p.code} ${p.file} ${p.path}`);
  const late = procedureWith('updated: 2026-01-10', 'updated: 2026-11-26')[PROCEDURE]!;

  it('two agency files with swapped ids: each problem goes to the file that declares the agency', () => {
    const changes = { [AGENCY]: agency('ward'), 'agencies/ward.yaml': MINIMAL_FILES[AGENCY]!.replace('opens: "07:30"', 'opens: "17:00"') };
    expect(where(changes)).toEqual(['id-file-mismatch agencies/center.yaml id', 'id-file-mismatch agencies/ward.yaml id', 'bad-hours agencies/ward.yaml openingHours[0]']);
  });

  it('a procedure and an agency of the same id: the procedure\'s problems go to the procedure file', () => {
    expect(where({ 'agencies/birth-registration.yaml': agency('birth-registration'), [PROCEDURE]: late })).toEqual(['future-date procedures/birth-registration.yaml updated']);
  });

  it('a misnamed procedure file beside an agency of its id gets its own problems', () => {
    const changes = { 'agencies/birth-registration.yaml': agency('birth-registration'), [PROCEDURE]: null, 'procedures/birth.yaml': late };
    expect(where(changes)).toEqual(['id-file-mismatch procedures/birth.yaml id', 'future-date procedures/birth.yaml updated']);
  });
});

describe('what the cross-checks leave alone', () => {
  it('a broken procedure file excuses references to that procedure, not to an agency of the same name', () => {
    const changes = {
      'procedures/passport.yaml': MINIMAL_FILES[PROCEDURE]!.replace('id: birth-registration', 'id: passport').replace('level: [commune]', 'level: commune'),
      ...edit(EVENT, 'procedures: [birth-registration]', 'procedures: [birth-registration, passport]'),
      ...procedureWith('competentAgency: center', 'competentAgency: passport'),
    };
    expect(load(changes).map((p) => `${p.code} ${p.file} ${p.path}`)).toEqual([
      'wrong-type procedures/passport.yaml level',
      'unknown-agency procedures/birth-registration.yaml competentAgency',
    ]);
  });

  it('plain texts are not read as Markdown: a name may hold brackets and angle brackets', () => {
    expect(load(procedureWith('en: Birth registration }', 'en: "Birth registration <b> [form](javascript:x)" }'))).toEqual([]);
  });
});

describe('boundaries the cross-checks must get right', () => {
  it('a fee that starts the day after the old one ends does not overlap', () => {
    expect(load(fees(`${LATE}    validTo: 2026-06-30\n${LATE}    validFrom: 2026-07-01\n`))).toEqual([]);
  });

  it('fees of the same id on different channels do not overlap', () => {
    expect(load(fees(`${LATE}    channels: [in-person]\n${LATE}    channels: [online]\n`))).toEqual([]);
  });

  it('a one-day fee period (validFrom = validTo) is valid', () => {
    expect(load(fees(`${LATE}    validFrom: 2026-06-30\n    validTo: 2026-06-30\n`))).toEqual([]);
  });

  it('a reduction equal to the fee is allowed', () => {
    expect(load(fees(`${LATE}    reductions:\n      - label: { vi: Miễn, en: Waiver }\n        amount: 8000\n`))).toEqual([]);
  });

  it('updated today is not in the future', () => {
    expect(load(procedureWith('updated: 2026-01-10', `updated: ${TODAY}`))).toEqual([]);
  });

  it('an agency that opens at the minute it closes is reported; one minute later is fine', () => {
    expect(load(edit(AGENCY, 'opens: "07:30"', 'opens: "16:30"')).map((p) => p.code)).toEqual(['bad-hours']);
    expect(load(edit(AGENCY, 'opens: "07:30"', 'opens: "16:29"'))).toEqual([]);
  });

  it('an online channel with its url and an office channel with its agency need nothing more', () => {
    expect(load({})).toEqual([]);
  });
});

describe('cross-checks, told apart from their neighbours', () => {
  const only = (changes: Parameters<typeof load>[0]) => load(changes).map((p) => `${p.code} ${p.path}: ${p.message}  (${p.hint})`);

  it('an unknown id gets the nearest known one as a hint, up to three letters off for a short id', () => {
    expect(only(procedureWith('competentAgency: center', 'competentAgency: cabcer'))).toEqual(['unknown-agency competentAgency: there is no agency "cabcer"  (did you mean "center"?)']);
    expect(only(procedureWith('competentAgency: center', 'competentAgency: xabcer'))).toEqual(['unknown-agency competentAgency: there is no agency "xabcer"  (check the spelling or add agencies/<id>.yaml)']);
    expect(only(procedureWith('field: civil-status', 'field: tax'))).toEqual(['unknown-field-id field: there is no field "tax"  (check the spelling or add fields.yaml)']);
  });

  it('an unknown channel of a fee lists the channels there are', () => {
    expect(only(procedureWith('channels: [in-person]', 'channels: [post]'))).toEqual(['unknown-channel fees[0].channels[0]: there is no channel "post" in this procedure  (use one of: in-person, online)']);
  });

  it('an amount written with a separator says what it reads as and how to write it', () => {
    expect(only(procedureWith('amount: 8000', 'amount: 8.000'))).toEqual(['malformed-amount fees[0].amount: the amount "8.000" has a separator, so it reads as 8  (write whole đồng with digits only: 8000)']);
  });

  it('Markdown problems of one kind in one text are said once; different kinds each once', () => {
    const text = (md: string) => procedureWith("en: Register a child's birth.", `en: "${md}"`);
    expect(load(text('<b>Register</b> a <i>birth</i>')).map((p) => p.code)).toEqual(['unsupported-markdown']);
    expect(load(text('<b>Register</b> at [the portal](javascript:void)')).map((p) => p.code).sort()).toEqual(['unsafe-link', 'unsupported-markdown']);
  });

  it('an id whose file is broken is reported there only: no unknown reference, no "no procedures"', () => {
    const brokenAgency = { [AGENCY]: MINIMAL_FILES[AGENCY]!.replace('level: [province]', 'level: province') };
    expect(load(brokenAgency).map((p) => `${p.code} ${p.file}`)).toEqual(['wrong-type agencies/center.yaml']);
    const brokenProcedure = procedureWith('level: [commune]', 'level: commune');
    expect(load(brokenProcedure).map((p) => `${p.code} ${p.file}`)).toEqual(['wrong-type procedures/birth-registration.yaml']);
  });

  it('a catalog whose only procedure file is broken is not said to have no procedures, beside a broken agency file too', () => {
    const changes = { [PROCEDURE]: MINIMAL_FILES[PROCEDURE]!.replace('level: [commune]', 'level: commune'), [EVENT]: null, [AGENCY]: MINIMAL_FILES[AGENCY]!.replace('level: [province]', 'level: province') };
    expect(load(changes).map((p) => `${p.code} ${p.file}`)).toEqual(['wrong-type agencies/center.yaml', 'wrong-type procedures/birth-registration.yaml']);
  });

  it('parents that lead up to a top agency are fine; a loop of three is reported once, from its first id', () => {
    const withParent = (id: string, parent?: string) => agency(id, parent ? `parent: ${parent}\n` : '');
    expect(load({ 'agencies/a.yaml': withParent('a', 'b'), 'agencies/b.yaml': withParent('b', 'c'), 'agencies/c.yaml': withParent('c') })).toEqual([]);
    const loop = { 'agencies/a.yaml': withParent('a', 'c'), 'agencies/b.yaml': withParent('b', 'a'), 'agencies/c.yaml': withParent('c', 'b'), 'agencies/d.yaml': withParent('d', 'a') };
    expect(load(loop).map((p) => `${p.code} ${p.file}: ${p.message}`)).toEqual(['parent-cycle agencies/a.yaml: the parents of these agencies go round in a loop: a → c → b → a']);
  });

  it('a fee group needs two different fees; the same fee on two channels is still alone', () => {
    expect(load(fees(`${LATE}    oneOf: speed\n    channels: [in-person]\n${LATE}    oneOf: speed\n    channels: [online]\n`)).map((p) => p.code)).toEqual(['lonely-fee-group']);
    expect(load(fees(`${LATE}    oneOf: speed\n${LATE.replace('id: late', 'id: express')}    oneOf: speed\n`))).toEqual([]);
  });

  it('a fee charged in some cases that says which cases needs nothing more', () => {
    expect(load(fees(`${LATE}    applies: case\n    conditions: { vi: Khi đăng ký quá hạn, en: When registering late }\n`))).toEqual([]);
  });

  it('a fee for every channel overlaps the same fee on one channel', () => {
    expect(load(fees(`${LATE}${LATE}    channels: [online]\n`)).map((p) => `${p.code} ${p.path}`)).toEqual(['overlapping-fees fees[1]']);
  });

  it('a working day that is not a holiday, and two holidays on different days, are fine', () => {
    const extra = edit(CALENDAR, 'workingWeek: [mon, tue, wed, thu, fri]', 'workingWeek: [mon, tue, wed, thu, fri]\nextraWorkingDays:\n  - date: 2026-01-03');
    expect(load(extra)).toEqual([]);
  });
});

describe('a second file declaring an id already used', () => {
  const late = procedureWith('updated: 2026-01-10', 'updated: 2026-11-26')[PROCEDURE]!;
  const closesEarly = MINIMAL_FILES[AGENCY]!.replace('opens: "07:30"', 'opens: "17:00"');

  it('its own mistakes are shown in it, at their own line, not in the file named after the id', () => {
    expect(printed({ 'agencies/a.yaml': closesEarly })).toEqual([
      'agencies/a.yaml:1:5  id  the id "center" differs from the file name "a"  (rename the file to center.yaml or change the id to a)',
      'agencies/center.yaml:1:5  id  the agency id "center" is used twice  (give each one its own id)',
      'agencies/a.yaml:6:5  openingHours[0]  opens at 17:00 but closes at 16:30  (the closing time must be after the opening time)',
    ]);
    // This copy sorts after the file named after the id.
    expect(printed({ 'procedures/z.yaml': late })).toEqual([
      'procedures/z.yaml:1:5  id  the id "birth-registration" differs from the file name "z"  (rename the file to birth-registration.yaml or change the id to z)',
      'procedures/z.yaml:1:5  id  the procedure id "birth-registration" is used twice  (give each one its own id)',
      'procedures/z.yaml:44:10  updated  warning: updated 2026-11-26 is in the future  (use the date the content was last checked)',
    ]);
  });

  it('the mistakes of the file named after the id stay in that file', () => {
    expect(load({ 'agencies/a.yaml': MINIMAL_FILES[AGENCY]!, [AGENCY]: closesEarly }).map((p) => `${p.code} ${p.file}:${p.line} ${p.path}`)).toEqual([
      'id-file-mismatch agencies/a.yaml:1 id',
      'duplicate-id agencies/center.yaml:1 id',
      'bad-hours agencies/center.yaml:6 openingHours[0]',
    ]);
  });

  it('a life event copied under another name gets its own unknown procedure, whichever sorts first', () => {
    const copy = MINIMAL_FILES[EVENT]!.replace('procedures: [birth-registration]', 'procedures: [passport]');
    expect(load({ 'life-events/a.yaml': copy }).map((p) => `${p.code} ${p.file}:${p.line} ${p.path}`)).toEqual([
      'id-file-mismatch life-events/a.yaml:1 id',
      'duplicate-id life-events/having-a-baby.yaml:1 id',
      'unknown-procedure life-events/a.yaml:5 procedures[0]',
    ]);
    expect(load({ 'life-events/z.yaml': copy }).map((p) => `${p.code} ${p.file}:${p.line} ${p.path}`)).toEqual([
      'id-file-mismatch life-events/z.yaml:1 id',
      'duplicate-id life-events/z.yaml:1 id',
      'unknown-procedure life-events/z.yaml:5 procedures[0]',
    ]);
  });

  it('a loop of parents is shown in the file named after its first agency, not in an earlier copy of that agency', () => {
    const changes = { 'agencies/a.yaml': MINIMAL_FILES[AGENCY]!, ...edit(AGENCY, 'hotline: "1022"', 'hotline: "1022"\nparent: ward'), 'agencies/ward.yaml': agency('ward', 'parent: center\n') };
    expect(load(changes).map((p) => `${p.code} ${p.file}:${p.line} ${p.path}`)).toEqual([
      'id-file-mismatch agencies/a.yaml:1 id',
      'duplicate-id agencies/center.yaml:1 id',
      'parent-cycle agencies/center.yaml:10 parent',
    ]);
  });
});
