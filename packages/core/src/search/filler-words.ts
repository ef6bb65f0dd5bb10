/**
 * Words citizens wrap around what they want: "thủ tục … như thế nào", "làm … cần gì", "how do I
 * get a …", particles ("rồi", "ạ", "nhé"), and words about who is asking ("mẹ tôi", "my wife",
 * "sinh viên"). They still count when a label has them, but a result is not asked to contain
 * them: a page about marriage registration rarely says "thủ tục", and none says "bố tôi".
 * Aspect words ("bao nhiêu tiền", "qua bưu điện", "how long") are optional the same way and also
 * tell which part of the procedure was asked about.
 */
import type { TermOf } from './term-of.js';
import { tokenize } from './tokenize.js';
import { exactKey } from './vietnamese-syllable.js';

/** The part of a procedure a question is about, so a page or the guide can open there. */
export type Aspect = 'fees' | 'time' | 'channel' | 'documents';

const FILLERS: Record<string, string[]> = {
  vi: [
    // What any question says: procedure, asking, how, where.
    'thủ tục', 'hồ sơ', 'làm', 'xin', 'cần', 'gì', 'như thế nào', 'thế nào', 'ra sao', 'ở đâu', 'đi đâu', 'chỗ nào', 'nơi nào',
    'làm sao', 'làm thế nào', 'bằng cách nào', 'cách', 'muốn', 'phải', 'nên', 'được', 'có', 'không', 'chưa', 'hỏi', 'giúp', 'biết',
    'cho', 'của', 'và', 'là', 'để', 'ở', 'tại', 'với', 'những', 'các', 'thì', 'nào', 'mà', 'hay', 'hoặc', 'về', 'từ', 'đến', 'trên',
    // Particles and small words of spoken Vietnamese.
    'rồi', 'ạ', 'à', 'nhé', 'nhỉ', 'nha', 'ơi', 'đi', 'đâu', 'sao', 'vậy', 'thế', 'nữa', 'luôn', 'đã', 'đang', 'sắp', 'mới', 'vừa', 'sẽ',
    'cũng', 'rất', 'nhất', 'nhanh', 'một', 'mấy', 'cái', 'chiếc', 'ấy', 'này', 'kia', 'đó', 'đây', 'lên', 'ra', 'vào', 'giờ', 'bây giờ',
    // Who is asking: the person, relatives, occupation.
    'tôi', 'mình', 'em', 'anh', 'chị', 'ông', 'bà', 'bố', 'ba', 'vợ', 'chồng', 'cháu', 'bạn', 'gia đình', 'nhà tôi', 'chúng tôi',
    'ông nội', 'bà nội', 'ông ngoại', 'bà ngoại', 'cô', 'chú', 'bác', 'dì', 'cậu', 'người ta', 'sinh viên', 'học sinh', 'cô giáo',
    'thầy giáo', 'giáo viên', 'hôm nay', 'hôm qua', 'ngày mai', 'tuần', 'tháng', 'tuần trước', 'tháng trước',
  ],
  en: [
    'a', 'an', 'the', 'for', 'of', 'to', 'in', 'on', 'at', 'how', 'do', 'does', 'did', 'what', 'where', 'which', 'who', 'when', 'why',
    'need', 'want', 'get', 'got', 'can', 'could', 'would', 'should', 'will', 'must', 'may', 'is', 'are', 'am', 'was', 'were', 'be',
    'been', 'have', 'has', 'had', 'and', 'or', 'not', 'no', 'yet', 'so', 'if', 'then', 'than', 'by', 'as', 'with', 'from', 'after',
    'about', 'into', 'out', 'up', 'all', 'any', 'some', 'also', 'please', 'help', 'tell', 'know', 'like', 'just', 'now', 'still',
    'already', 'soon', 'very', 'really', 'there', 'here', 'this', 'that', 'these', 'those', 'it', 'its', 'go', 'going', 'procedure',
    'process', 'step', 'steps', 'one', 'last', 'next', 'ago', 'week', 'month', 'today', 'tomorrow', 'yesterday', 'someone',
    // Who is asking.
    'i', 'me', 'my', 'mine', 'we', 'us', 'our', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'they', 'them', 'their',
    'wife', 'husband', 'son', 'daughter', 'father', 'mother', 'dad', 'mum', 'mom', 'parents', 'grandmother', 'grandfather',
    'grandma', 'grandpa', 'girlfriend', 'boyfriend', 'fiance', 'fiancee', 'friend', 'family', 'brother', 'sister', 'uncle', 'aunt',
    'student', 'teacher',
  ],
};

const ASPECTS: Record<string, Record<Aspect, string[]>> = {
  vi: {
    fees: ['lệ phí', 'phí', 'chi phí', 'bao nhiêu tiền', 'hết bao nhiêu', 'tốn bao nhiêu', 'mất bao nhiêu', 'bao nhiêu', 'tiền', 'giá', 'tốn', 'miễn phí'],
    time: ['bao lâu', 'mất bao lâu', 'mấy ngày', 'bao nhiêu ngày', 'thời gian', 'thời hạn', 'khi nào', 'lúc nào', 'bao giờ'],
    channel: ['qua bưu điện', 'bưu điện', 'bưu chính', 'online', 'trực tuyến', 'qua mạng', 'dịch vụ công', 'cổng dịch vụ công'],
    documents: ['giấy tờ', 'giấy tờ gì', 'mang gì', 'mang theo', 'cần mang', 'gồm những gì', 'gồm', 'chuẩn bị', 'thành phần hồ sơ'],
  },
  en: {
    fees: ['fee', 'fees', 'cost', 'costs', 'price', 'how much', 'pay', 'charge', 'free of charge'],
    time: ['how long', 'how many days', 'days', 'take', 'takes', 'time', 'wait', 'processing time'],
    channel: ['online', 'by post', 'post', 'mail', 'postal', 'internet', 'submit'],
    documents: ['documents', 'document', 'papers', 'paperwork', 'bring', 'required documents'],
  },
};

/** A filler or aspect phrase as a run of index terms. */
export interface QueryPhrase {
  terms: string[];
  /** Diacritic-exact keys of its words: "đang" (filler) is not "đăng" (register), "thế" is not "thẻ". */
  exact: string[];
  /** The aspect it asks about; none for a plain filler. */
  aspect?: Aspect;
}

/** The filler and aspect phrases of a locale as runs of terms, longest first (none for a locale without lists). */
export function fillerPhrases(locale: string, termOf: TermOf): QueryPhrase[] {
  const language = locale.split('-')[0]!;
  const phrase = (p: string) => ({ terms: tokenize(p).map((t) => termOf(t.text)), exact: tokenize(p).map((t) => exactKey(t.text)) });
  const phrases: QueryPhrase[] = (FILLERS[language] ?? []).map(phrase);
  for (const [aspect, list] of Object.entries(ASPECTS[language] ?? {})) for (const p of list) phrases.push({ ...phrase(p), aspect: aspect as Aspect });
  // Longest first; at equal length an aspect wins over a plain filler.
  return phrases.sort((a, b) => b.terms.length - a.terms.length || Number(!!b.aspect) - Number(!!a.aspect));
}

/**
 * Which of a query's terms are filler or aspect words: those inside such a phrase ("hồ sơ" is
 * filler, "hộ" alone is not). Longest phrase first, left to right. `undefined` for a word that
 * names what is asked for. `exact` holds, per term, the diacritic-exact key of the word as the
 * citizen meant it, when known: then it must be the phrase's word, not one that folds the same.
 */
export function fillerPositions(terms: readonly string[], phrases: readonly QueryPhrase[], exact: readonly (string | undefined)[] = []): (QueryPhrase | undefined)[] {
  const roles: (QueryPhrase | undefined)[] = terms.map(() => undefined);
  const same = (p: QueryPhrase, i: number, k: number) => terms[i + k] === p.terms[k] && (exact[i + k] === undefined || exact[i + k] === p.exact[k]);
  for (let i = 0; i < terms.length; ) {
    const phrase = phrases.find((p) => p.terms.every((_, k) => same(p, i, k)));
    if (phrase) {
      roles.fill(phrase, i, i + phrase.terms.length);
      i += phrase.terms.length;
    } else i++;
  }
  return roles;
}
