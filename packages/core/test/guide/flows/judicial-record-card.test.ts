import { flowTable } from '../flow-table.js';

const card1 = { card: 'card-1', applicant: 'self', nationality: 'vietnamese', provinces: false, groups: ['none'], copies: 2, channel: 'in-person' };

// Submitted Wednesday 30 Dec 2026: 10 working days end on 14 Jan 2027, 15 on 21 Jan 2027.
flowTable('judicial-record-card', [
  {
    name: 'Certificate No. 1 for oneself, two certificates, in person: 200,000 in 10 working days',
    answers: card1,
    expect: { kind: 'plan', documents: ['application-form', 'identity-document'], fees: [['standard', 200000]], total: 200000, channel: 'in-person', days: 10, expectedDate: '2027-01-14' },
  },
  {
    name: 'a student who lived in several provinces, four certificates, online: half price, two extra certificates, 15 days',
    answers: { ...card1, provinces: true, groups: ['student'], copies: 4, channel: 'online' },
    expect: { kind: 'plan', documents: ['identity-document'], fees: [['standard', 100000], ['extra-copy', 10000]], total: 110000, days: 15, expectedDate: '2027-01-21', says: [/pre-filled from your ID data/] },
  },
  {
    name: 'a parent applies for a person with merit, by post: no authorisation, proof of relationship',
    answers: { ...card1, applicant: 'relative', groups: ['merit'], copies: 1, channel: 'postal' },
    expect: { kind: 'plan', documents: ['application-form', 'identity-document', 'authorised-person-id'], total: 100000, channel: 'postal', says: [/no written authorisation/] },
  },
  {
    name: 'someone authorised applies for an elderly foreigner: free, 15 days, one extra certificate',
    answers: { ...card1, applicant: 'authorised', nationality: 'foreigner', groups: ['elderly', 'student'], copies: 3, channel: 'postal' },
    expect: { kind: 'plan', documents: ['application-form', 'identity-document', 'authorisation', 'authorised-person-id'], fees: [['standard', 0], ['extra-copy', 5000]], total: 5000, days: 15, says: [/Elderly people pay nothing/] },
  },
  {
    name: 'a relative cannot apply online in the citizen’s VNeID',
    answers: { ...card1, applicant: 'relative', channel: 'online' },
    expect: { kind: 'plan', documents: ['identity-document', 'authorised-person-id'], says: [/each person applies only for themselves/] },
  },
  {
    name: 'Certificate No. 2 for a child, applied for in person: free',
    answers: { ...card1, card: 'card-2', groups: ['child'], copies: 1 },
    expect: { kind: 'plan', fees: [['standard', 0]], total: 0 },
  },
  {
    name: 'people with disabilities and poor households pay nothing',
    answers: { ...card1, groups: ['disabled', 'poor-household'] },
    expect: { kind: 'plan', total: 0, says: [] },
  },
  {
    name: 'Certificate No. 2 through a relative is not possible, with what to do instead',
    answers: { card: 'card-2', applicant: 'relative' },
    expect: { kind: 'not-eligible', says: [/cannot be delegated/, /Apply yourself online in VNeID/, /Certificate No. 1/] },
  },
  {
    name: 'Certificate No. 2 through an authorised person is not possible either',
    answers: { card: 'card-2', applicant: 'authorised' },
    expect: { kind: 'not-eligible', says: [/Only the person it is about may request it/] },
  },
]);
