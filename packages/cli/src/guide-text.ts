/** A guide step as readable terminal text, in the citizen's language. */
import { formatMoney, type stepView } from '@onestop/core';

type StepView = ReturnType<typeof stepView>;

const WORDS = {
  vi: {
    question: 'Câu hỏi', answerWith: 'Trả lời bằng', plan: 'Kế hoạch của bạn', where: 'Nộp ở đâu, bằng cách nào', documents: 'Giấy tờ cần mang',
    fees: 'Phí, lệ phí', total: 'Tổng cộng', mayApply: 'Có thể phải nộp thêm', expected: 'Ngày dự kiến có kết quả', steps: 'Các bước', notes: 'Lưu ý', tips: 'Mẹo',
    law: 'Căn cứ pháp lý', help: 'Cần hỗ trợ', free: 'miễn phí', submitted: 'nếu nộp lúc', notEligible: 'Bạn chưa làm được thủ tục này', notNeeded: 'Bạn không cần làm thủ tục này',
    route: 'Bạn cần làm thủ tục khác', instead: 'Thay vào đó', alsoEnded: 'Các thủ tục không cần làm', hours: 'Giờ làm việc', online: 'Nộp trực tuyến tại',
    homePickup: 'Bưu điện đến nhận hồ sơ tại nhà', resultByPost: 'Kết quả được gửi qua bưu điện', why: 'Vì sao',
    takes: 'Thời gian giải quyết', units: { 'working-days': 'ngày làm việc', 'working-hours': 'giờ làm việc', 'calendar-days': 'ngày' },
    days: { mon: 'T2', tue: 'T3', wed: 'T4', thu: 'T5', fri: 'T6', sat: 'T7', sun: 'CN' },
  },
  en: {
    question: 'Question', answerWith: 'Answer with', plan: 'Your plan', where: 'Where and how to apply', documents: 'Documents to bring',
    fees: 'Fees', total: 'Total', mayApply: 'May also apply', expected: 'Expected result date', steps: 'Steps', notes: 'Notes', tips: 'Tips',
    law: 'Legal basis', help: 'Help', free: 'free', submitted: 'if you apply on', notEligible: 'You cannot use this procedure', notNeeded: 'You do not need this procedure',
    route: 'You need another procedure', instead: 'Instead', alsoEnded: 'Procedures you do not need', hours: 'Opening hours', online: 'Apply online at',
    homePickup: 'The post office collects your application at home', resultByPost: 'The result is sent by post', why: 'Why',
    takes: 'Processing time', units: { 'working-days': 'working days', 'working-hours': 'working hours', 'calendar-days': 'days' },
    days: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
  },
};

export function guideText(view: StepView, locale: string): string {
  const w = locale === 'vi' || locale.startsWith('vi-') ? WORDS.vi : WORDS.en;
  const lines: string[] = [];
  const text = (t: unknown) => (typeof t === 'string' ? t : '');
  const indent = (t: string, by = '     ') => t.split('\n').map((l) => by + l).join('\n');
  if (view.status === 'question') {
    const q = view.question;
    lines.push(`${w.question}: ${text(q.prompt)}`);
    if (q.help) lines.push(indent(text(q.help), '  '));
    for (const o of q.options ?? []) lines.push(`  ${JSON.stringify(o.value).padEnd(16)} ${o.label}`);
    if (q.type === 'number') lines.push(`  ${[q.min !== undefined ? `≥ ${q.min}` : '', q.max !== undefined ? `≤ ${q.max}` : '', q.unit ?? ''].filter(Boolean).join(', ')}`);
    if (q.type === 'date') lines.push(`  YYYY-MM-DD${q.earliest ? ` ≥ ${q.earliest}` : ''}${q.latest ? ` ≤ ${q.latest}` : ''}`);
    const example = q.options?.[0]?.value ?? (q.type === 'number' ? (q.min ?? 1) : q.type === 'date' ? '2026-01-31' : '');
    lines.push('', `${w.answerWith}: --answers '${JSON.stringify({ ...Object.fromEntries(view.answered.map((a) => [a.id, a.value])), [q.id]: q.type === 'multiple' ? [example] : example })}'`);
    return lines.join('\n');
  }
  const o = view.outcome;
  if (o.kind !== 'plan') {
    const title = o.kind === 'route' ? w.route : o.kind === 'not-needed' ? w.notNeeded : w.notEligible;
    lines.push(`${title}: ${o.procedureName ?? o.procedure}`);
    if (o.routeTo) lines.push(`  → ${o.routeTo.name ?? ''} (${o.routeTo.id})`);
    if (o.reason) lines.push(indent(text(o.reason), '  '));
    if (o.instead) lines.push('', `${w.instead}:`, indent(text(o.instead), '  '));
    if (o.help) lines.push('', `${w.help}: ${o.help.name ?? ''} — ${o.help.hotline ?? o.help.phone ?? ''}`);
    return lines.join('\n');
  }
  lines.push(`${w.plan}: ${o.procedures.map((p) => p.name).join(' + ')}`, '');
  const c = o.channel;
  lines.push(`${w.where}:`);
  if (c.office) {
    lines.push(`  ${c.office.name ?? ''}`, `  ${c.office.address ?? ''}`);
    lines.push(`  ${w.hours}: ${openingHours(c.office.openingHours, w.days)}`);
    if (c.office.phone || c.office.hotline) lines.push(`  ☎ ${[c.office.phone, c.office.hotline].filter(Boolean).join(' / ')}`);
  }
  if (c.url) lines.push(`  ${w.online} ${c.url}`);
  if (c.homePickup) lines.push(`  ${w.homePickup}`);
  if (c.resultByPost) lines.push(`  ${w.resultByPost}`);
  if (c.note) lines.push(indent(text(c.note), '  '));
  lines.push('', `${w.documents}:`);
  o.documents.forEach((d, i) => {
    lines.push(`  ${i + 1}. ${d.name ?? d.id} — ${d.quantity} × ${d.formLabel}`);
    if (d.template) lines.push(`     ${d.template}`);
    if (d.why) lines.push(indent(`${w.why}: ${text(d.why)}`));
    if (d.notes) lines.push(indent(text(d.notes)));
  });
  lines.push('', `${w.fees}:`);
  for (const f of o.fees.items) {
    const count = f.quantity > 1 ? ` × ${f.quantity}` : '';
    lines.push(`  ${f.label ?? f.id}${count}: ${f.total === 0 ? `${f.formatted} (${w.free})` : f.formatted}${f.reduction && !f.waived ? ` (−${formatMoney(f.reduction, locale)})` : ''}`);
    if (f.why) lines.push(indent(text(f.why)));
  }
  lines.push(`  ${w.total}: ${o.fees.formattedTotal}`);
  if (o.fees.mayApply.length) {
    lines.push(`  ${w.mayApply}:`);
    for (const f of o.fees.mayApply) lines.push(`    ${f.label ?? f.id}: ${f.formatted}${f.per ? ` ${f.per}` : ''}${f.conditions ? ` — ${text(f.conditions)}` : ''}`);
  }
  lines.push('', `${w.expected}: ${o.expectedDate ?? '—'} (${w.submitted} ${o.submittedAt.replace('T', ' ')})`);
  if (o.dateProblem) lines.push(`  ${o.dateProblem.message} (${o.dateProblem.hint})`);
  for (const p of o.procedures) {
    const time = `${p.processingTime.value} ${w.units[p.processingTime.unit as keyof typeof w.units] ?? p.processingTime.unit}`;
    const name = o.procedures.length > 1 ? `${p.name ?? p.id}: ` : '';
    lines.push(`  ${name}${w.takes}: ${time}${p.processingTime.from ? ` ${p.processingTime.from}` : ''}${o.procedures.length > 1 && p.expectedDate ? ` → ${p.expectedDate}` : ''}`);
    if (p.processingTime.why) lines.push(indent(text(p.processingTime.why), '    '));
  }
  lines.push('', `${w.steps}:`);
  o.steps.forEach((s, i) => {
    lines.push(`  ${i + 1}. ${s.title ?? ''}`);
    if (s.description) lines.push(indent(text(s.description)));
  });
  if (o.notes.length) lines.push('', `${w.notes}:`, ...o.notes.map((n) => indent(`• ${text(n)}`, '  ')));
  if (o.tips.length) lines.push('', `${w.tips}:`, ...o.tips.map((n) => indent(`• ${text(n)}`, '  ')));
  if (o.endings.length) lines.push('', `${w.alsoEnded}:`, ...o.endings.map((e) => `  • ${e.procedureName ?? e.procedure}: ${text(e.reason)}`));
  lines.push('', `${w.law}:`, ...o.legalBasis.map((l) => `  • ${l.number} — ${l.title ?? ''}`));
  if (o.help) lines.push('', `${w.help}: ${o.help.name ?? ''} — ${o.help.hotline ?? o.help.phone ?? ''}`);
  return lines.join('\n');
}

/** `T2–T6 07:30–11:30, 13:00–16:30; T7 07:30–11:30`: days with the same hours together. */
function openingHours(hours: readonly { days: readonly string[]; opens: string; closes: string }[], names: Record<string, string>): string {
  const order = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const byDays = new Map<string, string[]>();
  for (const h of hours) {
    const key = [...h.days].sort((a, b) => order.indexOf(a) - order.indexOf(b)).join(',');
    byDays.set(key, [...(byDays.get(key) ?? []), `${h.opens}–${h.closes}`]);
  }
  const dayRange = (days: string[]) => {
    const idx = days.map((d) => order.indexOf(d));
    const consecutive = idx.every((v, i) => i === 0 || v === idx[i - 1]! + 1);
    return consecutive && days.length > 2 ? `${names[days[0]!]}–${names[days[days.length - 1]!]}` : days.map((d) => names[d] ?? d).join(', ');
  };
  return [...byDays].map(([days, times]) => `${dayRange(days.split(','))} ${times.join(', ')}`).join('; ');
}
