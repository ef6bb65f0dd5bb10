import { flowTable } from '../flow-table.js';

// Submitted Wednesday 30 Dec 2026, 10:00: 5 working days skip New Year's Day and the weekend.
flowTable('driving-license-exchange', [
  {
    name: 'a licence issued abroad goes to the foreign licence procedure',
    answers: { 'issued-in': 'abroad' },
    expect: { kind: 'route', routeTo: 'foreign-driving-license-exchange', says: [/foreign driving licence exchange/] },
  },
  {
    name: 'a valid car licence, PET card, in person: 135,000 and the standard dossier',
    answers: { 'issued-in': 'vietnam', 'licence-class': 'car', expired: false, 'licence-form': 'pet', channel: 'in-person' },
    expect: { kind: 'plan', documents: ['application-form', 'medical-certificate', 'current-licence'], fees: [['licence-fee', 135000]], total: 135000, channel: 'in-person', days: 5, expectedDate: '2027-01-07' },
  },
  {
    name: 'a valid car licence on paper, online: the original file too, and the same 135,000 fee since 2026',
    answers: { 'issued-in': 'vietnam', 'licence-class': 'car', expired: false, 'licence-form': 'paper', channel: 'online' },
    expect: { kind: 'plan', documents: ['application-form', 'medical-certificate', 'current-licence', 'original-driver-file'], total: 135000, channel: 'online', says: [/not in the electronic database/, /electronic certificate/] },
  },
  {
    name: 'a motorbike licence without expiry: no medical certificate, exchange optional',
    answers: { 'issued-in': 'vietnam', 'licence-class': 'motorbike', 'licence-form': 'pet', channel: 'online' },
    expect: { kind: 'plan', documents: ['application-form', 'motorbike-licence'], total: 135000, says: [/is still valid/, /No medical certificate/] },
  },
  {
    name: 'a car licence expired more than a year ago: both tests again',
    answers: { 'issued-in': 'vietnam', 'licence-class': 'car', expired: true, 'expiry-date': '2025-06-30', 'licence-form': 'pet', channel: 'in-person' },
    expect: { kind: 'plan', documents: ['application-form', 'medical-certificate', 'expired-licence'], total: 135000, days: 5, says: [/retake both the theory and the driving tests/, /reissued/] },
  },
  {
    name: 'expired exactly a year before the submission day counts as a year: both tests',
    answers: { 'issued-in': 'vietnam', 'licence-class': 'car', expired: true, 'expiry-date': '2025-12-30', 'licence-form': 'pet', channel: 'in-person' },
    expect: { kind: 'plan', says: [/retake both the theory and the driving tests/] },
  },
  {
    name: 'expired a day less than a year ago: the theory test only',
    answers: { 'issued-in': 'vietnam', 'licence-class': 'car', expired: true, 'expiry-date': '2025-12-31', 'licence-form': 'pet', channel: 'in-person' },
    expect: { kind: 'plan', documents: ['application-form', 'medical-certificate', 'expired-licence'], says: [/retake the theory test/] },
  },
  {
    name: 'expired two weeks ago because of illness: no test, bring the proof',
    answers: { 'issued-in': 'vietnam', 'licence-class': 'car', expired: true, 'expiry-date': '2026-12-16', 'force-majeure': true, 'licence-form': 'pet', channel: 'in-person' },
    expect: { kind: 'plan', documents: ['application-form', 'medical-certificate', 'expired-licence'], expectedDate: '2027-01-07', says: [/do not retake any test/] },
  },
  {
    name: 'expired two weeks ago without a reason: the theory test',
    answers: { 'issued-in': 'vietnam', 'licence-class': 'car', expired: true, 'expiry-date': '2026-12-16', 'force-majeure': false, 'licence-form': 'paper', channel: 'online' },
    expect: { kind: 'plan', documents: ['application-form', 'medical-certificate', 'expired-licence', 'original-driver-file'], total: 135000, says: [/retake the theory test/] },
  },
]);
