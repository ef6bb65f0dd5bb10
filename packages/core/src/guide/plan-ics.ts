/**
 * An iCalendar (RFC 5545) reminder of a plan's expected result date: one all-day event at the
 * office that hands the result back, with an alarm the day before. Texts come from the caller
 * (already translated); this file only knows the format.
 */
import { pick } from '../catalog/localize.js';
import type { IsoDate } from '../catalog/model.js';
import { addDays } from '../calendar/local-date-time.js';
import { fingerprint } from './fingerprint.js';
import type { PersonalPlan } from './personal-plan.js';

export interface PlanIcsOptions {
  locale: string;
  /** The event's title, e.g. "Result due: Birth registration". */
  summary: string;
  /** Free text under the title, e.g. what to bring to collect the result. */
  description?: string;
  /** A link back to the plan (the share link). */
  url?: string;
  /** When the file is made (`DTSTAMP`), as a Date; defaults to now. */
  now?: Date;
}

/** The `.ics` text, or `undefined` when the plan has no expected date to remind of. */
export function planIcs(plan: PersonalPlan, options: PlanIcsOptions): string | undefined {
  const date = plan.expectedDate;
  if (!date) return undefined;
  const due = plan.procedures.find((p) => p.expected?.date === date) ?? plan.procedures[0];
  const office = due?.channel.office;
  const location = office ? [pick(office.name, options.locale), pick(office.address, options.locale)].filter(Boolean).join(', ') : undefined;
  const description = [options.description, options.url].filter((x): x is string => !!x).join('\n\n');
  const uid = `${fingerprint(`${plan.procedures.map((p) => p.id).join(',')}|${plan.submittedAt}|${date}`)}@onestop`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Onestop//Guide//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stamp(options.now ?? new Date())}`,
    `DTSTART;VALUE=DATE:${compact(date)}`,
    `DTEND;VALUE=DATE:${compact(addDays(date, 1))}`,
    `SUMMARY:${escapeText(options.summary)}`,
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    ...(options.url && /^https?:\/\//.test(options.url) ? [`URL:${options.url}`] : []),
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    // 09:00 the day before an all-day event that starts at midnight.
    'TRIGGER:-PT15H',
    `DESCRIPTION:${escapeText(options.summary)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

const compact = (d: IsoDate) => d.replace(/-/g, '');

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** RFC 5545 §3.3.11: backslash, semicolon and comma are escaped, newlines written as \n. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded, never inside a UTF-8 character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length ? 74 : 75;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
