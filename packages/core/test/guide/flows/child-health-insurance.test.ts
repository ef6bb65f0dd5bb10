import { flowTable } from '../flow-table.js';

flowTable('child-health-insurance', [
  {
    name: 'together with the birth registration, online: the linked form, an electronic card',
    answers: { 'birth-registered': 'linked', channel: 'online' },
    expect: { kind: 'plan', documents: ['linked-form'], total: 0, channel: 'online', days: 2, expectedDate: '2027-01-04', says: [/electronic card/] },
  },
  {
    name: 'a linked application cannot go to the social insurance office: the ward takes it',
    answers: { 'birth-registered': 'linked', channel: 'social-insurance-office' },
    expect: { kind: 'plan', channel: 'ward-office', says: [/only takes applications for babies whose birth is already registered/] },
  },
  {
    name: 'birth already registered, at the social insurance office: form TK1-TS, 5 working days',
    answers: { 'birth-registered': 'already', channel: 'social-insurance-office' },
    expect: { kind: 'plan', documents: ['tk1-ts'], days: 5, expectedDate: '2027-01-07' },
  },
  {
    name: 'birth already registered, at the ward',
    answers: { 'birth-registered': 'already', channel: 'ward-office' },
    expect: { kind: 'plan', documents: ['tk1-ts'], channel: 'ward-office' },
  },
]);
