import { flowTable } from '../flow-table.js';

// Submitted Wednesday 30 Dec 2026: 7 working days end on Monday 11 Jan 2027.
flowTable('permanent-residence-registration', [
  {
    name: 'a newborn through the linked application: nothing extra to hand in, free',
    answers: { case: 'newborn', linked: true, channel: 'online' },
    expect: { kind: 'plan', documents: [], fees: [['registration-fee', 0]], total: 0, says: [/filled in on the linked form/] },
  },
  {
    name: 'a newborn registered separately: the birth certificate, within 60 days',
    answers: { case: 'newborn', linked: false, channel: 'in-person' },
    expect: { kind: 'plan', documents: ['residence-form', 'birth-certificate'], fees: [['registration-fee', 0]], days: 7, expectedDate: '2027-01-11', says: [/within \*?\*?60 days/] },
  },
  {
    name: 'at one’s own home, in person: 20,000',
    answers: { case: 'own-home', 'fee-exemption': false, channel: 'in-person' },
    expect: { kind: 'plan', documents: ['residence-form', 'ownership-proof'], fees: [['registration-fee', 20000]], total: 20000 },
  },
  {
    name: 'moving in with family online, a person with merit: free',
    answers: { case: 'family', 'fee-exemption': true, channel: 'online' },
    expect: { kind: 'plan', documents: ['residence-form', 'relationship-proof'], fees: [['registration-fee', 0]], total: 0 },
  },
  {
    name: 'a rented home online: 10,000, the owner’s consent and the minimum area',
    answers: { case: 'rented', 'fee-exemption': false, channel: 'online' },
    expect: { kind: 'plan', documents: ['residence-form', 'rental-contract'], fees: [['registration-fee', 10000]], says: [/8 m² per person/] },
  },
]);
