// The examples' index page: lists the built sample catalog with DOM APIs only (no HTML strings),
// rendering each summary with <onestop-rich-text>.
const base = new URL('dist/catalog/', document.baseURI);
const list = document.getElementById('procedures');
const status = document.getElementById('status');
const notice = document.getElementById('sample-notice');

const text = {
  vi: { loading: 'Đang tải danh mục…', count: (n) => `${n} thủ tục`, failed: 'Chưa tải được danh mục. Hãy chạy npm start để xây dựng trước.', sample: 'Dữ liệu mẫu — hãy kiểm tra lại với cơ quan có thẩm quyền.', free: 'Miễn phí', upTo: 'tùy trường hợp, đến', days: 'ngày làm việc', sameDay: 'Trong ngày', code: 'Mã' },
  en: { loading: 'Loading the catalog…', count: (n) => `${n} procedures`, failed: 'The catalog could not be loaded. Run npm start to build it first.', sample: 'Sample data — verify with the authority.', free: 'Free', upTo: 'depending on the case, up to', days: 'working days', sameDay: 'Same day', code: 'Code' },
};

// Only the latest click may fill the list: a slower earlier answer is aborted and ignored.
let latest;

async function show(locale) {
  latest?.abort();
  const request = (latest = new AbortController());
  const t = text[locale];
  document.documentElement.lang = locale;
  for (const b of document.querySelectorAll('nav button')) b.setAttribute('aria-pressed', String(b.dataset.locale === locale));
  status.textContent = t.loading;
  list.replaceChildren();
  try {
    const res = await fetch(new URL(`${locale}/index.json`, base), { signal: request.signal });
    if (!res.ok) throw new Error(String(res.status));
    const index = await res.json();
    if (request !== latest) return;
    notice.hidden = !index.info.sample;
    notice.textContent = t.sample;
    const money = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { style: 'currency', currency: 'VND' });
    for (const p of index.procedures) {
      const li = document.createElement('li');
      const h = document.createElement('h2');
      h.textContent = p.name[locale];
      const summary = document.createElement('onestop-rich-text');
      summary.content = p.summary[locale];
      const meta = document.createElement('p');
      meta.className = 'meta';
      const fee =
        p.feeTo === 0 ? t.free : p.feeFrom === p.feeTo ? money.format(p.feeFrom) : `${p.feeFrom === 0 ? t.free : money.format(p.feeFrom)} – ${t.upTo} ${money.format(p.feeTo)}`;
      const time = p.processingTime.value === 0 ? t.sameDay : p.processingTime.unit === 'working-days' ? `${p.processingTime.value} ${t.days}` : '';
      meta.textContent = [p.code ? `${t.code} ${p.code}` : '', fee, time].filter(Boolean).join(' · ');
      li.append(h, summary, meta);
      list.append(li);
    }
    status.textContent = t.count(index.procedures.length);
  } catch {
    if (request === latest) status.textContent = t.failed;
  }
}

for (const b of document.querySelectorAll('nav button')) b.addEventListener('click', () => show(b.dataset.locale));
show('vi');
