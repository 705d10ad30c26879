import type { Part, Quantity, SectionRole } from "./types.ts";
import { clauseAround, sentenceAround } from "./segments.ts";
import { timeCues, type TimeCues } from "./modality.ts";

/** Everything a judging rule may look at about one figure. Built once per figure. */
export interface FigureContext {
  text: string;
  q: Quantity;
  part: Part;
  /** Role of the section the figure stands in. */
  role: SectionRole;
  /** The figure stands in an unnumbered heading line: a title (2023年市政府十件民生实事). */
  inTitle: boolean;
  /** Up to 8 characters before the number and after the figure, within its part. */
  before: string;
  after: string;
  /** The clause around the figure, split at the figure. */
  clauseBefore: string;
  clauseAfter: string;
  clauseStart: number;
  clauseEnd: number;
  sentence: string;
  sentenceStart: number;
  quoted: boolean;
  /** What the quotation marks around the figure hold, marks left out; empty when none. */
  quotation: string;
  time: TimeCues;
  planYear: number | null;
  city?: string;
}

export interface ContextInput {
  text: string;
  part: Part;
  role: SectionRole;
  inTitle?: boolean;
  isQuoted: (at: number) => [number, number] | null;
  planYear: number | null;
  city?: string;
  /** Time cues are per sentence; a cache keyed by sentence start saves reading it again. */
  cues?: Map<number, TimeCues>;
}

export function figureContext(q: Quantity, input: ContextInput): FigureContext {
  const { text, part } = input;
  const [clauseStart, clauseEnd] = clauseAround(text, q.numberStart);
  const [sentenceStart, sentenceEnd] = sentenceAround(text, q.numberStart);
  const sentence = text.slice(sentenceStart, sentenceEnd);
  const time = cuesAt(text, sentenceStart, part.start, input);
  const quote = input.isQuoted(q.numberStart);
  return {
    text,
    q,
    part,
    role: input.role,
    inTitle: input.inTitle ?? false,
    before: text.slice(Math.max(part.start, q.numberStart - 8), q.numberStart),
    after: text.slice(q.end, Math.min(part.end, q.end + 8)),
    clauseBefore: text.slice(clauseStart, q.numberStart),
    clauseAfter: text.slice(q.end, clauseEnd),
    clauseStart,
    clauseEnd,
    sentence,
    sentenceStart,
    quoted: quote !== null,
    quotation: quote ? text.slice(quote[0] + 1, quote[1]) : "",
    time,
    planYear: input.planYear,
    city: input.city,
  };
}

/**
 * The time cues of the sentence starting at `start`. A sentence that names no time of its own
 * takes the time of the sentence before it, when only a semicolon parts them: in 过去一年，…；新增
 * 城镇就业5.6万人。 the second clause is as past as the first.
 */
function cuesAt(text: string, start: number, floor: number, input: ContextInput): TimeCues {
  const cached = input.cues?.get(start);
  if (cached) return cached;
  const [, end] = sentenceAround(text, start);
  let cues = timeCues(text.slice(start, end), input.planYear);
  const before = start - 1;
  if (!cues.past && !cues.future && before > floor && /[；;]/.test(text[before])) {
    const [prevStart] = sentenceAround(text, before - 1);
    const prev = cuesAt(text, prevStart, floor, input);
    cues = { ...cues, past: prev.past, pastIsTime: prev.pastIsTime, future: prev.future, forward: prev.forward };
  }
  input.cues?.set(start, cues);
  return cues;
}
