import { flowTable } from '../flow-table.js';

// Submitted Wednesday 30 Dec 2026. Born 31 Oct 2026 is exactly 60 days before: still on time;
// born 30 Oct 2026 is 61 days before: late.
const ON_TIME = '2026-10-31';
const LATE = '2026-10-30';
const here = { 'born-in': 'vietnam', 'parents-nationality': 'both-vietnamese', 'birth-notice': 'hospital', 'birth-date': '2026-12-01', 'parents-married': true, 'who-registers': 'parent', 'extra-copies': 0, channel: 'in-person' };
const abroad = { 'born-in': 'abroad', 'registered-abroad': 'not-registered', 'parents-nationality': 'both-vietnamese', 'birth-date': '2026-12-01', 'parents-married': true, 'who-registers': 'parent', 'extra-copies': 0, channel: 'in-person' };

flowTable('birth-registration', [
  {
    name: 'born in a Vietnamese hospital, married parents, on time, in person: free, the same day',
    answers: here,
    expect: { kind: 'plan', documents: ['application-form', 'birth-notice', 'parent-id'], fees: [], total: 0, mayApply: [], days: 0, expectedDate: '2026-12-30', says: [/registering the birth is \*?\*?free/i] },
  },
  {
    name: 'exactly 60 days after the birth is still on time',
    answers: { ...here, 'birth-date': ON_TIME },
    expect: { kind: 'plan', total: 0 },
  },
  {
    name: 'born at home with a witness, registered online by a grandparent, two copies',
    answers: { ...here, 'birth-notice': 'witness', 'who-registers': 'relative', 'extra-copies': 2, channel: 'online' },
    expect: { kind: 'plan', documents: ['parent-id', 'late-birth-evidence'], fees: [['extra-copy', 16000]], total: 16000, days: 1, expectedDate: '2026-12-31', says: [/statement from a witness/, /needs \*?\*?no authorisation/, /linked/] },
  },
  {
    name: 'unmarried parents, the father named now, someone authorised, by post',
    answers: { ...here, 'parents-married': false, 'father-named': true, 'who-registers': 'authorised', 'extra-copies': 1, channel: 'postal' },
    expect: { kind: 'plan', documents: ['application-form', 'birth-notice', 'parent-id', 'paternity-evidence', 'authorisation'], fees: [['extra-copy', 8000]], channel: 'postal', says: [/both parents must come/] },
  },
  {
    name: 'unmarried parents, the father not named, no birth notice and no witness',
    answers: { ...here, 'birth-notice': 'no-witness', 'parents-married': false, 'father-named': false },
    expect: { kind: 'plan', documents: ['application-form', 'parent-id', 'late-birth-evidence'], total: 0, says: [/father's section of the birth certificate stays blank/, /sworn statement about the birth/] },
  },
  {
    name: 'registered 61 days after the birth: the late charge',
    answers: { ...here, 'birth-date': LATE, 'fee-exemption': false },
    expect: { kind: 'plan', documents: ['application-form', 'birth-notice', 'parent-id'], fees: [['late-registration', 8000]], total: 8000, says: [/late registration/] },
  },
  {
    name: 'late, but a poor household: the charge is waived',
    answers: { ...here, 'birth-date': '2026-03-01', 'fee-exemption': true },
    expect: { kind: 'plan', fees: [['late-registration', 0]], total: 0, says: [/pay no civil status charges/] },
  },
  {
    name: 'late, a foreign parent, unmarried, the father named: both charges',
    answers: { ...here, 'parents-nationality': 'one-foreign', 'birth-date': LATE, 'fee-exemption': false, 'parents-married': false, 'father-named': true },
    expect: { kind: 'plan', documents: ['application-form', 'birth-notice', 'parent-id', 'paternity-evidence', 'nationality-agreement'], fees: [['foreign-element', 75000], ['late-registration', 8000]], total: 83000 },
  },
  {
    name: 'late, exempt, unmarried, the father not named',
    answers: { ...here, 'birth-date': LATE, 'fee-exemption': true, 'parents-married': false, 'father-named': false },
    expect: { kind: 'plan', total: 0, says: [/stays blank/] },
  },
  {
    name: 'born abroad and not registered anywhere: foreign papers and the foreign-element charge',
    answers: abroad,
    expect: { kind: 'plan', documents: ['application-form', 'parent-id', 'foreign-birth-document', 'entry-proof'], fees: [['foreign-element', 75000]], total: 75000, expectedDate: '2026-12-30' },
  },
  {
    name: 'born abroad, late, unmarried, the father named',
    answers: { ...abroad, 'birth-date': '2025-06-01', 'fee-exemption': false, 'parents-married': false, 'father-named': true },
    expect: { kind: 'plan', documents: ['application-form', 'parent-id', 'paternity-evidence', 'foreign-birth-document', 'entry-proof'], fees: [['foreign-element', 75000], ['late-registration', 8000]], total: 83000 },
  },
  {
    name: 'born abroad, on time, unmarried, the father not named',
    answers: { ...abroad, 'parents-married': false, 'father-named': false },
    expect: { kind: 'plan', total: 75000, says: [/stays blank/] },
  },
  {
    name: 'born abroad, late, married, exempt from the late charge only',
    answers: { ...abroad, 'birth-date': LATE, 'fee-exemption': true },
    expect: { kind: 'plan', fees: [['foreign-element', 75000], ['late-registration', 0]], total: 75000 },
  },
  {
    name: 'already registered by the foreign authorities: record it instead',
    answers: { 'born-in': 'abroad', 'registered-abroad': 'foreign-authority' },
    expect: { kind: 'not-eligible', says: [/recorded in the Vietnamese civil status register/, /consularly legalised/] },
  },
  {
    name: 'already registered at a Vietnamese embassy: nothing to do',
    answers: { 'born-in': 'abroad', 'registered-abroad': 'vietnamese-mission' },
    expect: { kind: 'not-needed', says: [/valid in Vietnam/] },
  },
]);
