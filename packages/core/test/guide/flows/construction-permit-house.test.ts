import { flowTable } from '../flow-table.js';

const STANDARD = ['application-form', 'land-certificate', 'drawings'];
const urban = { work: 'new-build', location: 'urban', 'in-project': false, floors: 2, 'floor-area': 120, neighbours: false, channel: 'in-person' };
const rural = { work: 'new-build', location: 'rural', 'rural-plan': true, floors: 2, 'floor-area': 120, neighbours: false, channel: 'in-person' };

// Submitted Wednesday 30 Dec 2026: 15 calendar days end on Thursday 14 Jan 2027.
flowTable('construction-permit-house', [
  {
    name: 'interior repairs need no permit',
    answers: { work: 'interior' },
    expect: { kind: 'not-needed', says: [/exempt from a building permit/] },
  },
  {
    name: 'a two-storey house in town, outside any development: the permit',
    answers: urban,
    expect: { kind: 'plan', documents: STANDARD, fees: [['permit', 75000]], total: 75000, days: 15, expectedDate: '2027-01-14' },
  },
  {
    name: 'a house against the neighbours, 250 m²: the safety commitment and a licensed designer',
    answers: { ...urban, 'floor-area': 250, neighbours: true, channel: 'online' },
    expect: { kind: 'plan', documents: [...STANDARD, 'safety-commitment', 'designer-certificate'], channel: 'online', says: [/licensed firm or architect/] },
  },
  {
    name: 'a three-storey house needs a licensed designer',
    answers: { ...urban, floors: 3 },
    expect: { kind: 'plan', documents: [...STANDARD, 'designer-certificate'] },
  },
  {
    name: 'under 7 storeys in an approved 1/500 development: no permit',
    answers: { work: 'new-build', location: 'urban', 'in-project': true, floors: 6 },
    expect: { kind: 'not-needed', says: [/1\/500 detailed plan/, /notice of the start of work/] },
  },
  {
    name: '7 storeys in an approved development: the permit and a structural review',
    answers: { ...urban, 'in-project': true, floors: 7, channel: 'postal' },
    expect: { kind: 'plan', documents: [...STANDARD, 'designer-certificate'], channel: 'postal', says: [/structural safety review/] },
  },
  {
    name: 'structural alterations: the permit, with photos of the house as it is',
    answers: { ...urban, work: 'structural' },
    expect: { kind: 'plan', documents: STANDARD, says: [/photos of the house as it is/] },
  },
  {
    name: 'a rural house where a settlement plan was approved: the permit',
    answers: rural,
    expect: { kind: 'plan', documents: STANDARD, total: 75000 },
  },
  {
    name: 'a rural house under 7 storeys with no approved plan, outside heritage sites: no permit',
    answers: { work: 'new-build', location: 'rural', 'rural-plan': false, heritage: false, floors: 3 },
    expect: { kind: 'not-needed', says: [/no approved plan/] },
  },
  {
    name: 'the same rural house inside a heritage site: the permit',
    answers: { ...rural, 'rural-plan': false, heritage: true, neighbours: true },
    expect: { kind: 'plan', documents: [...STANDARD, 'safety-commitment'] },
  },
  {
    name: 'a 7-storey rural house with no approved plan: the permit',
    answers: { ...rural, 'rural-plan': false, heritage: false, floors: 7 },
    expect: { kind: 'plan', documents: [...STANDARD, 'designer-certificate'], says: [/never exempt/] },
  },
]);
