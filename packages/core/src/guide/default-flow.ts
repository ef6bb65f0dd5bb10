/**
 * The flow for a procedure that has none of its own: who applies (when the procedure serves both
 * people and organisations), which channel (when it offers several), then the standard checklist.
 */
import type { Channel, ChannelType, Localized, Procedure } from '../catalog/model.js';
import { pick } from '../catalog/localize.js';
import type { RichText } from '../richtext/rich-text.js';
import type { GuideFlow, Question } from '../catalog/guide-flow.js';

const text = (vi: string, en: string): Localized<RichText> => ({ vi: [{ t: 'p', c: [{ t: 'text', v: vi }] }], en: [{ t: 'p', c: [{ t: 'text', v: en }] }] });

const PEOPLE = new Set(['individual', 'foreigner', 'household']);
const ORGANISATIONS = new Set(['organisation', 'enterprise']);

const CHANNEL_LABELS: Record<ChannelType, Localized<string>> = {
  'in-person': { vi: 'Nộp trực tiếp tại cơ quan', en: 'In person at the office' },
  online: { vi: 'Nộp trực tuyến', en: 'Online' },
  postal: { vi: 'Qua bưu điện', en: 'By post' },
};

/** Ids of the questions a default flow asks; stable, since saved links carry them. */
export const DEFAULT_QUESTIONS = { applicant: 'applicant', channel: 'channel' } as const;

export function defaultFlow(procedure: Procedure, agencyName: (id: string) => Localized<string> | undefined): GuideFlow {
  const questions: Question[] = [];
  const audience = new Set(procedure.audience);
  if ([...audience].some((a) => PEOPLE.has(a)) && [...audience].some((a) => ORGANISATIONS.has(a))) {
    questions.push({
      id: DEFAULT_QUESTIONS.applicant,
      type: 'single',
      prompt: text('Ai là người làm thủ tục?', 'Who is applying?'),
      options: [
        { value: 'individual', label: { vi: 'Cá nhân', en: 'A person' } },
        { value: 'organisation', label: { vi: 'Tổ chức, doanh nghiệp', en: 'An organisation or business' } },
      ],
    });
  }
  if (procedure.channels.length > 1) {
    questions.push({
      id: DEFAULT_QUESTIONS.channel,
      type: 'single',
      prompt: text('Bạn muốn nộp hồ sơ bằng cách nào?', 'How do you want to apply?'),
      options: procedure.channels.map((c) => ({ value: c.id, label: channelLabel(c, procedure.channels, agencyName), effects: [{ channel: c.id }] })),
    });
  }
  questions.forEach((q, i) => {
    const next = questions[i + 1];
    if (next) q.next = next.id;
  });
  return { questions };
}

/** "In person at the office", or with the office's name when two channels share a type. */
function channelLabel(channel: Channel, all: readonly Channel[], agencyName: (id: string) => Localized<string> | undefined): Localized<string> {
  const base = CHANNEL_LABELS[channel.type];
  const shared = all.filter((c) => c.type === channel.type).length > 1;
  const office = channel.agency ? agencyName(channel.agency) : undefined;
  if (!shared || !office) return base;
  return Object.fromEntries(Object.keys(base).map((locale) => [locale, `${pick(base, locale)} — ${pick(office, locale) ?? ''}`]));
}
