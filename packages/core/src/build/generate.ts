/**
 * A synthetic but plausible source catalog of N procedures, for scale tests and benchmarks.
 * Deterministic for a seed: {@link generateSource} gives the source model, {@link generateCatalog}
 * the files (path → YAML text) the CLI writes.
 */
import { stringify } from 'yaml';
import type { Agency, CalendarYear, CatalogInfo, Field, Procedure, SourceCatalog } from '../catalog/model.js';

export interface GenerateOptions {
  count: number;
  seed?: number;
}

/** mulberry32: a small, fast, seedable PRNG, for generated catalogs and replayable property tests. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Pair = [vi: string, en: string];

/** [name, id slug, share of the object's dossiers] */
const ACTIONS: [Pair, string, number][] = [
  [['Cấp', 'Issue'], 'cap', 1],
  [['Cấp lại', 'Reissue'], 'cap-lai', 0.2],
  [['Cấp đổi', 'Renew'], 'cap-doi', 0.5],
  [['Gia hạn', 'Extend'], 'gia-han', 0.4],
  [['Điều chỉnh', 'Amend'], 'dieu-chinh', 0.3],
  [['Đăng ký', 'Register'], 'dang-ky', 0.8],
  [['Xác nhận', 'Confirm'], 'xac-nhan', 0.3],
  [['Thu hồi', 'Revoke'], 'thu-hoi', 0.05],
];

/** [name, id slug, field, aliases, dossiers a province receives in a year for the commonest action] */
const OBJECTS: [Pair, string, string, Pair, number][] = [
  [['giấy phép kinh doanh rượu', 'alcohol trading licence'], 'ruou', 'trade', ['giấy phép bán rượu', 'alcohol licence'], 200],
  [['giấy phép bán lẻ thuốc lá', 'tobacco retail licence'], 'thuoc-la', 'trade', ['bán thuốc lá', 'cigarette licence'], 400],
  [['giấy chứng nhận đủ điều kiện kinh doanh xăng dầu', 'petrol retail eligibility certificate'], 'xang-dau', 'trade', ['cây xăng', 'gas station licence'], 50],
  [['giấy phép lao động', 'work permit'], 'lao-dong', 'labour', ['GPLĐ', 'work permit'], 3000],
  [['chứng chỉ hành nghề kiến trúc', 'architecture practice certificate'], 'kien-truc', 'construction', ['CCHN kiến trúc', 'architect licence'], 100],
  [['giấy phép xây dựng công trình', 'construction permit for works'], 'xay-dung', 'construction', ['GPXD', 'building permit'], 800],
  [['giấy phép khai thác nước dưới đất', 'groundwater extraction permit'], 'nuoc-ngam', 'environment', ['khoan giếng', 'well permit'], 60],
  [['giấy phép môi trường', 'environmental permit'], 'moi-truong', 'environment', ['GPMT', 'environment licence'], 300],
  [['giấy phép hoạt động phòng khám', 'clinic operating licence'], 'phong-kham', 'health', ['mở phòng khám', 'clinic licence'], 150],
  [['giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'food safety certificate'], 'attp', 'health', ['giấy ATTP', 'food hygiene certificate'], 1500],
  [['giấy phép liên vận', 'cross-border transport permit'], 'lien-van', 'transport', ['xe liên vận', 'cross-border vehicle permit'], 200],
  [['phù hiệu xe kinh doanh vận tải', 'commercial vehicle badge'], 'phu-hieu', 'transport', ['phù hiệu xe tải', 'truck badge'], 2000],
  [['giấy phép tổ chức biểu diễn nghệ thuật', 'performing arts permit'], 'bieu-dien', 'culture', ['xin phép biểu diễn', 'concert permit'], 300],
  [['giấy phép quảng cáo ngoài trời', 'outdoor advertising permit'], 'quang-cao', 'culture', ['bảng quảng cáo', 'billboard permit'], 400],
  [['giấy phép thành lập trung tâm ngoại ngữ', 'language centre licence'], 'ngoai-ngu', 'education', ['mở trung tâm tiếng Anh', 'language school licence'], 40],
  [['giấy chứng nhận đăng ký hoạt động khoa học công nghệ', 'science and technology organisation certificate'], 'khcn', 'science', ['đăng ký KH&CN', 'R&D registration'], 30],
  [['giấy phép khai thác khoáng sản', 'mining licence'], 'khoang-san', 'environment', ['khai thác cát', 'sand mining permit'], 20],
  [['giấy phép hoạt động điện lực', 'electricity operation licence'], 'dien-luc', 'energy', ['giấy phép điện', 'power licence'], 30],
  [['giấy chứng nhận đủ điều kiện kinh doanh dịch vụ bảo vệ', 'security services eligibility certificate'], 'bao-ve', 'security', ['công ty bảo vệ', 'security guard company'], 20],
  [['giấy phép sử dụng vật liệu nổ công nghiệp', 'industrial explosives licence'], 'vat-lieu-no', 'security', ['thuốc nổ công nghiệp', 'explosives permit'], 10],
];

/** [name, id slug, share of the dossiers] */
const SUBJECTS: [Pair, string, number][] = [
  [['cho hộ kinh doanh', 'for household businesses'], 'hkd', 1],
  [['cho doanh nghiệp', 'for companies'], 'dn', 0.6],
  [['cho doanh nghiệp có vốn đầu tư nước ngoài', 'for foreign-invested companies'], 'fdi', 0.15],
  [['cho hợp tác xã', 'for cooperatives'], 'htx', 0.1],
  [['cho cá nhân', 'for individuals'], 'cn', 1],
  [['trong khu công nghiệp', 'in industrial parks'], 'kcn', 0.1],
];

const FIELDS: Record<string, Pair> = {
  trade: ['Thương mại', 'Trade'],
  labour: ['Lao động', 'Labour'],
  construction: ['Xây dựng', 'Construction'],
  environment: ['Môi trường', 'Environment'],
  health: ['Y tế', 'Health'],
  transport: ['Giao thông', 'Transport'],
  culture: ['Văn hóa', 'Culture'],
  education: ['Giáo dục', 'Education'],
  science: ['Khoa học và công nghệ', 'Science and technology'],
  energy: ['Năng lượng', 'Energy'],
  security: ['An ninh, trật tự', 'Public security'],
};

const AGENCIES: [string, Pair, string][] = [
  ['province-center', ['Trung tâm Phục vụ hành chính công tỉnh', 'Provincial Public Administration Service Center'], 'province'],
  ['dept-industry-trade', ['Sở Công Thương', 'Department of Industry and Trade'], 'province'],
  ['dept-labour', ['Sở Nội vụ', 'Department of Home Affairs'], 'province'],
  ['dept-construction', ['Sở Xây dựng', 'Department of Construction'], 'province'],
  ['dept-environment', ['Sở Nông nghiệp và Môi trường', 'Department of Agriculture and Environment'], 'province'],
  ['dept-health', ['Sở Y tế', 'Department of Health'], 'province'],
  ['dept-culture', ['Sở Văn hóa, Thể thao và Du lịch', 'Department of Culture, Sports and Tourism'], 'province'],
  ['dept-education', ['Sở Giáo dục và Đào tạo', 'Department of Education and Training'], 'province'],
  ['dept-science', ['Sở Khoa học và Công nghệ', 'Department of Science and Technology'], 'province'],
  ['police', ['Công an tỉnh', 'Provincial Police'], 'province'],
  ['commune-center', ['Trung tâm Phục vụ hành chính công xã', 'Commune Public Administration Service Center'], 'commune'],
];

const FIELD_AGENCY: Record<string, string> = {
  trade: 'dept-industry-trade', labour: 'dept-labour', construction: 'dept-construction', environment: 'dept-environment',
  health: 'dept-health', transport: 'dept-construction', culture: 'dept-culture', education: 'dept-education',
  science: 'dept-science', energy: 'dept-industry-trade', security: 'police',
};

/**
 * Dossiers in a year around `typical`, spread as real counts are (log-normal, a factor of about
 * two either way). A generator of its own per procedure, so adding the figure left every other
 * generated value as it was.
 */
function yearlyDossiers(typical: number, seed: number, i: number): number {
  const rand = seededRandom(seed * 1_000_003 + i);
  const normal = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  return Math.max(0, Math.round(typical * Math.exp(0.7 * normal)));
}

const both = ([vi, en]: Pair) => ({ vi, en });

/**
 * The generated catalog as the source model, before any YAML: what `onestop generate` writes and,
 * compiled, what loading those files gives. Benchmarks at 100,000 procedures start here, since
 * writing, parsing and checking that many files is the slow part of the way through YAML.
 */
export function generateSource({ count, seed = 1 }: GenerateOptions): SourceCatalog {
  const rand = seededRandom(seed);
  const pickOne = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const info: CatalogInfo = {
    id: `generated-${count}-${seed}`,
    title: both([`Danh mục thủ tục tổng hợp (${count} thủ tục)`, `Generated catalog (${count} procedures)`]),
    publisher: both(['Dữ liệu sinh tự động để đo hiệu năng', 'Generated data for benchmarks']),
    locales: ['vi', 'en'],
    defaultLocale: 'vi',
    sample: true,
    helpAgency: 'province-center',
  };
  const fields: Field[] = Object.entries(FIELDS).map(([id, name]) => ({ id, name: both(name) }));
  const agencies: Agency<string>[] = AGENCIES.map(([id, name, level]) => ({
    id,
    name: both(name),
    level: [level],
    ...(id === 'province-center' ? {} : { parent: 'province-center' }),
    address: both([`Số ${1 + Math.floor(rand() * 300)} đường Lê Lợi, phường Phú Cường`, `${1 + Math.floor(rand() * 300)} Le Loi Street, Phu Cuong Ward`]),
    openingHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '07:30', closes: '16:30' }],
    hotline: '1022',
  }));
  const calendars: CalendarYear[] = [{
    year: 2026,
    workingWeek: ['mon', 'tue', 'wed', 'thu', 'fri'],
    holidays: [{ date: '2026-01-01', kind: 'holiday', name: both(['Tết Dương lịch', "New Year's Day"]) }],
  }];
  const procedures: Procedure<string>[] = [];
  for (let i = 0; i < count; i++) {
    const [action, actionSlug, actionShare] = pickOne(ACTIONS);
    const [object, objectSlug, field, aliases, dossiers] = pickOne(OBJECTS);
    const [subject, subjectSlug, subjectShare] = pickOne(SUBJECTS);
    const id = `${actionSlug}-${objectSlug}-${subjectSlug}-${i + 1}`;
    const agency = FIELD_AGENCY[field]!;
    const amount = pickOne([0, 50000, 100000, 150000, 200000, 500000, 1000000, 3000000]);
    const days = pickOne([3, 5, 7, 10, 15, 20, 30]);
    const nameVi = `${action[0]} ${object[0]} ${subject[0]}`;
    const nameEn = `${action[1]} ${object[1]} ${subject[1]}`;
    const online = rand() < 0.7;
    procedures.push({
      id,
      code: `${1 + Math.floor(rand() * 2)}.${String(100000 + i).padStart(6, '0')}`,
      name: { vi: nameVi, en: nameEn },
      summary: {
        vi: `Thủ tục ${action[0].toLowerCase()} ${object[0]} ${subject[0]}. Hồ sơ nộp tại ${AGENCIES.find((a) => a[0] === agency)![1][0]}.`,
        en: `How to ${action[1].toLowerCase()} a ${object[1]} ${subject[1]}. Apply to the ${AGENCIES.find((a) => a[0] === agency)![1][1]}.`,
      },
      aliases: { vi: [`${action[0].toLowerCase()} ${aliases[0]}`, aliases[0]], en: [`${action[1].toLowerCase()} ${aliases[1]}`, aliases[1]] },
      yearlyDossiers: yearlyDossiers(dossiers * actionShare * subjectShare, seed, i),
      field,
      level: ['province'],
      audience: [pickOne(['individual', 'organisation', 'enterprise'] as const)],
      competentAgency: agency,
      receivingAgencies: ['province-center'],
      channels: [
        { id: 'in-person', type: 'in-person', agency: 'province-center', processingTime: { value: days, unit: 'working-days' } },
        ...(online ? [{ id: 'online', type: 'online' as const, url: 'https://dichvucong.gov.vn', processingTime: { value: days, unit: 'working-days' as const } }] : []),
      ],
      documentGroups: [{
        id: 'standard',
        title: both(['Hồ sơ chung', 'Standard documents']),
        documents: [
          { id: 'application', name: both([`Đơn đề nghị ${action[0].toLowerCase()} ${object[0]}`, `Application to ${action[1].toLowerCase()} the ${object[1]}`]), quantity: 1, form: 'original' },
          { id: 'identity', name: both(['Giấy tờ tùy thân của người đại diện', "Representative's ID"]), quantity: 1, form: 'copy' },
        ],
      }],
      fees: amount ? [{ id: 'standard', label: both(['Phí thẩm định', 'Appraisal fee']), amount, currency: 'VND' }] : [],
      processingTime: { value: days, unit: 'working-days' },
      steps: [{ title: both(['Nộp hồ sơ', 'Submit the application']) }, { title: both(['Nhận kết quả', 'Collect the result']) }],
      result: { name: both([object[0].charAt(0).toUpperCase() + object[0].slice(1), object[1].charAt(0).toUpperCase() + object[1].slice(1)]) },
      legalBasis: [{ number: `${10 + (i % 90)}/2024/NĐ-CP`, title: both(['Nghị định quy định chi tiết', 'Implementing decree']) }],
      updated: '2026-01-15',
    });
  }
  return { info, agencies, fields, procedures, lifeEvents: [], calendars, synonyms: [] };
}

const yaml = (v: unknown) => stringify(v, { lineWidth: 0 });

/** The generated catalog as source files (path → YAML text), one file per agency and procedure. */
export function generateCatalog(options: GenerateOptions): Map<string, string> {
  const source = generateSource(options);
  const files = new Map<string, string>();
  files.set('catalog.yaml', yaml(source.info));
  files.set('fields.yaml', yaml({ fields: source.fields }));
  for (const agency of source.agencies) files.set(`agencies/${agency.id}.yaml`, yaml(agency));
  for (const calendar of source.calendars) files.set(`calendars/${calendar.year}.yaml`, yaml(calendar));
  for (const procedure of source.procedures) files.set(`procedures/${procedure.id}.yaml`, yaml(procedure));
  return files;
}
