/**
 * A trading licence added to the guide fixture, with a flow whose effects touch every kind of fee
 * (a charge that changes on 1 January 2027, alternatives of a `oneOf` group, a per-copy fee counted
 * from an answer, a fee for one channel only) and every way a checklist changes.
 */
import { FILES } from './fixture.js';

export const LICENCE = `id: licence
name: { vi: Giấy phép kinh doanh, en: Trading licence }
summary: { vi: Cấp giấy phép kinh doanh., en: Get a trading licence. }
aliases: { vi: [giấy phép kinh doanh], en: [trading licence] }
field: permits
level: [province]
audience: [individual]
competentAgency: center
receivingAgencies: [center]
channels:
  - id: in-person
    type: in-person
  - id: online
    type: online
    url: https://dichvucong.gov.vn
    cutoff: "23:59"
    processingTime: { value: 2, unit: working-days }
documentGroups:
  - id: standard
    title: { vi: Hồ sơ chung, en: Standard }
    documents:
      - id: form
        name: { vi: Đơn đề nghị, en: Application }
        quantity: 1
        form: original
      - id: photo
        name: { vi: Ảnh 4x6, en: Photo 4x6 }
        quantity: 2
        form: original
      - id: citizen-card
        name: { vi: "căn cước  công dân ", en: Citizen identity card }
        quantity: 2
        form: copy
  - id: shop
    title: { vi: Cửa hàng, en: Shop }
    appliesWhen: { vi: Bạn có cửa hàng., en: You have a shop. }
    documents:
      - id: lease
        name: { vi: Hợp đồng thuê, en: Lease }
        quantity: 1
        form: copy
      - id: floor-plan
        name: { vi: Sơ đồ mặt bằng, en: Floor plan }
        quantity: 1
        form: original
fees:
  - id: licence
    label: { vi: Lệ phí cấp phép, en: Licence charge }
    kind: charge
    amount: 300000
    currency: VND
    validTo: 2026-12-31
    reductions:
      - label: { vi: Hộ nghèo, en: Poor households }
        amount: 100000
        condition: { vi: Có sổ hộ nghèo., en: With a poor-household book. }
  - id: licence
    label: { vi: Lệ phí cấp phép, en: Licence charge }
    kind: charge
    amount: 400000
    currency: VND
    validFrom: 2027-01-01
    reductions:
      - label: { vi: Hộ nghèo (từ 2027), en: Poor households (from 2027) }
        amount: 150000
        condition: { vi: Có sổ hộ nghèo hoặc cận nghèo., en: With a poor or near-poor household book. }
  - id: normal
    oneOf: speed
    label: { vi: Xử lý thường, en: Normal handling }
    amount: 50000
    currency: VND
  - id: express
    oneOf: speed
    applies: on-request
    label: { vi: Xử lý nhanh, en: Express handling }
    amount: 150000
    currency: VND
  - id: copy
    applies: on-request
    label: { vi: Bản sao thêm, en: Extra copy }
    amount: 20000
    currency: VND
    per: { vi: mỗi bản, en: per copy }
    reductions:
      - label: { vi: Sinh viên, en: Students }
        percent: 25
  - id: inspection
    applies: case
    label: { vi: Phí thẩm định, en: Site inspection }
    kind: fee
    amount: 70000
    currency: VND
    channels: [in-person]
    conditions: { vi: Khi có cửa hàng., en: When you have a shop. }
cutoff: "15:00"
processingTime: { value: 5, unit: working-days, from: { vi: Từ ngày nhận đủ hồ sơ, en: From a complete dossier } }
steps:
  - title: { vi: Nộp hồ sơ, en: Apply }
    description: { vi: Nộp tại quầy số 3., en: At counter 3. }
result:
  name: { vi: Giấy phép, en: Licence }
legalBasis:
  - number: 1/2026/QH
    title: { vi: Luật Giấy phép, en: Permit Law }
  - number: 1/2026/QH
    title: { vi: Luật Giấy phép, en: Permit Law }
  - number: 9/2026/NĐ-CP
    title: { vi: Nghị định kinh doanh, en: Trading decree }
updated: 2026-01-10
`;

export const LICENCE_GUIDE = `start: premises
questions:
  - id: premises
    type: single
    prompt: { vi: Bạn kinh doanh ở đâu?, en: Where do you trade? }
    options:
      - value: shop
        label: { vi: Cửa hàng, en: A shop }
        effects:
          - require: shop
          - addFee: inspection
            quantity: 2
            why: { vi: Cửa hàng được thẩm định hai lần., en: Shops are inspected twice. }
      - value: stall
        label: { vi: Sạp chợ, en: A market stall }
        effects:
          - require: lease
            why: { vi: Sạp thuê cần hợp đồng., en: A rented stall needs its lease. }
          - dropFee: inspection
      - value: home
        label: { vi: Tại nhà, en: At home }
        effects:
          - drop: photo
      - value: online-only
        label: { vi: Chỉ bán trên mạng, en: Only online }
        effects:
          - notNeeded:
              reason: { vi: Bán hàng trên mạng không cần giấy phép này., en: Selling online needs no such licence. }
              instead: { vi: Đăng ký sàn thương mại điện tử., en: Register with the marketplace. }
    next: speed
  - id: speed
    type: single
    prompt: { vi: Bạn cần làm nhanh không?, en: How fast? }
    options:
      - value: normal
        label: { vi: Bình thường, en: Normal }
      - value: express
        label: { vi: Nhanh, en: Express }
        effects:
          - addFee: express
            why: { vi: Bạn chọn làm nhanh., en: You chose express handling. }
          - processingTime: { value: 1, unit: working-days }
            why: { vi: Làm nhanh trong 1 ngày., en: Express handling takes one day. }
    next: copies-wanted
  - id: copies-wanted
    type: yes-no
    prompt: { vi: Bạn cần thêm bản sao không?, en: Do you need extra copies? }
    next:
      - when: { answer: copies-wanted, equals: true }
        goto: copies
      - goto: group
  - id: copies
    type: number
    prompt: { vi: Mấy bản?, en: How many? }
    min: 0
    max: 10
    effects:
      - addFee: copy
        quantity: { answer: copies, minus: 1 }
        why: { vi: Bản sao tính phí theo bản., en: Copies are charged one by one. }
    next: group
  - id: group
    type: single
    prompt: { vi: Bạn thuộc nhóm nào?, en: Which group? }
    options:
      - value: none
        label: { vi: Không, en: None }
      - value: poor
        label: { vi: Hộ nghèo, en: Poor household }
        effects:
          - discountFee: licence
      - value: veteran
        label: { vi: Cựu chiến binh, en: Veteran }
        effects:
          - discountFee: licence
          - waiveFee: licence
            why: { vi: Cựu chiến binh được miễn., en: Veterans pay nothing. }
          - discountFee: copy
      - value: student
        label: { vi: Sinh viên, en: Student }
        effects:
          - discountFee: copy
          - discountFee: licence
            percent: 10
      - value: partner
        label: { vi: Đối tác, en: Partner }
        effects:
          - discountFee: licence
            amount: 500000
            why: { vi: Đối tác được giảm., en: Partners get a reduction. }
          - discountFee: copy
            amount: 5000
          - waiveFee: express
    next: channel
  - id: channel
    type: single
    prompt: { vi: Nộp thế nào?, en: How? }
    options:
      - value: in-person
        label: { vi: Trực tiếp, en: In person }
        effects: [{ channel: in-person }]
      - value: online
        label: { vi: Trực tuyến, en: Online }
        effects:
          - channel: online
          - drop: [photo, citizen-card]
          - note: { vi: Nộp bản quét., en: Upload scans. }
rules:
  - when: { answer: premises, equals: stall }
    effects:
      - addFee: copy
        quantity: { answer: copies }
      - require: shop
      - tip: { vi: Mang theo hợp đồng thuê sạp., en: Bring the stall lease. }
`;

export const LICENCE_FILES: Record<string, string> = {
  'procedures/licence.yaml': LICENCE,
  'guides/licence.yaml': LICENCE_GUIDE,
  'life-events/opening-a-shop.yaml': `id: opening-a-shop
kind: business
name: { vi: Mở cửa hàng, en: Opening a shop }
summary: { vi: Mở cửa hàng., en: Open a shop. }
procedures: [licence, permit]
`,
  'life-events/big-day.yaml': FILES['life-events/big-day.yaml']!,
};
