import { flowTable } from '../flow-table.js';

const STANDARD = ['application-form', 'personal-ids', 'beneficial-owners'];
const FOREIGN = ['investment-certificate', 'foreign-legal-papers'];
const online = { filer: 'representative', channel: 'online' };

// Submitted Wednesday 30 Dec 2026: 3 working days end on Tuesday 5 Jan 2027.
flowTable('enterprise-registration', [
  {
    name: 'a sole proprietorship filed online: no registration fee, only the publication fee',
    answers: { 'company-type': 'sole-proprietorship', ...online },
    expect: { kind: 'plan', documents: STANDARD, fees: [['publication', 100000]], total: 100000, channel: 'online', days: 3, expectedDate: '2027-01-05', says: [/only \*?\*?one\*?\*? sole proprietorship/] },
  },
  {
    name: 'filed by an agent through the public postal service: no authorisation needed',
    answers: { 'company-type': 'sole-proprietorship', filer: 'someone-else', channel: 'postal' },
    expect: { kind: 'plan', documents: [...STANDARD, 'authorised-person-id'], fees: [['registration', 50000], ['publication', 100000]], total: 150000, says: [/needs \*?\*?no authorisation/] },
  },
  {
    name: 'a single-member LLC owned by a person, filed at the counter',
    answers: { 'company-type': 'single-member-llc', owner: 'person', 'foreign-investor': false, filer: 'representative', channel: 'in-person' },
    expect: { kind: 'plan', documents: [...STANDARD, 'charter-single-member'], total: 150000, says: [/saves the VND 50,000 registration fee/] },
  },
  {
    name: 'a single-member LLC owned by a foreign company with its IRC, filed by an employee',
    answers: { 'company-type': 'single-member-llc', owner: 'organisation', 'foreign-investor': true, 'investment-certificate': true, filer: 'someone-else', channel: 'in-person' },
    expect: { kind: 'plan', documents: [...STANDARD, 'charter-single-member', 'owner-organisation-papers', ...FOREIGN, 'authorisation', 'authorised-person-id'], total: 150000 },
  },
  {
    name: 'a foreign investor without an investment registration certificate gets that first',
    answers: { 'company-type': 'single-member-llc', owner: 'person', 'foreign-investor': true, 'investment-certificate': false },
    expect: { kind: 'route', routeTo: 'investment-registration-certificate', says: [/investment registration certificate\*?\*? first/] },
  },
  {
    name: 'a multi-member LLC with a corporate member',
    answers: { 'company-type': 'multi-member-llc', 'organisation-members': true, 'foreign-investor': false, ...online },
    expect: { kind: 'plan', documents: [...STANDARD, 'charter-multi-member', 'member-list', 'member-organisation-papers'], total: 100000 },
  },
  {
    name: 'a multi-member LLC with a foreign investor holding an IRC',
    answers: { 'company-type': 'multi-member-llc', 'organisation-members': false, 'foreign-investor': true, 'investment-certificate': true, ...online },
    expect: { kind: 'plan', documents: [...STANDARD, 'charter-multi-member', 'member-list', ...FOREIGN] },
  },
  {
    name: 'a multi-member LLC with a foreign investor and no IRC',
    answers: { 'company-type': 'multi-member-llc', 'organisation-members': false, 'foreign-investor': true, 'investment-certificate': false },
    expect: { kind: 'route', routeTo: 'investment-registration-certificate' },
  },
  {
    name: 'a joint stock company with corporate and foreign shareholders',
    answers: { 'company-type': 'joint-stock', 'organisation-members': true, 'foreign-investor': true, 'investment-certificate': true, ...online },
    expect: { kind: 'plan', documents: [...STANDARD, 'charter-joint-stock', 'founder-list', 'foreign-shareholder-list', 'shareholder-organisation-papers', ...FOREIGN] },
  },
  {
    name: 'a joint stock company of Vietnamese individuals',
    answers: { 'company-type': 'joint-stock', 'organisation-members': false, 'foreign-investor': false, ...online },
    expect: { kind: 'plan', documents: [...STANDARD, 'charter-joint-stock', 'founder-list'] },
  },
  {
    name: 'a partnership: the charter and list of members are explained in a note',
    answers: { 'company-type': 'partnership', 'foreign-investor': false, ...online },
    expect: { kind: 'plan', documents: STANDARD, says: [/list of members/] },
  },
  {
    name: 'a partnership with a foreign investor holding an IRC',
    answers: { 'company-type': 'partnership', 'foreign-investor': true, 'investment-certificate': true, ...online },
    expect: { kind: 'plan', documents: [...STANDARD, ...FOREIGN] },
  },
  {
    name: 'a partnership with a foreign investor and no IRC',
    answers: { 'company-type': 'partnership', 'foreign-investor': true, 'investment-certificate': false },
    expect: { kind: 'route', routeTo: 'investment-registration-certificate' },
  },
]);
