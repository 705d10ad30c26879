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
  time: TimeCues;
  planYear: number | null;
  city?: string;
}

export interface ContextInput {
  text: string;
  part: Part;
  role: SectionRole;
  isQuoted: (at: number) => boolean;
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
  let time = input.cues?.get(sentenceStart);
  if (!time) {
    time = timeCues(sentence, input.planYear);
    input.cues?.set(sentenceStart, time);
  }
  return {
    text,
    q,
    part,
    role: input.role,
    before: text.slice(Math.max(part.start, q.numberStart - 8), q.numberStart),
    after: text.slice(q.end, Math.min(part.end, q.end + 8)),
    clauseBefore: text.slice(clauseStart, q.numberStart),
    clauseAfter: text.slice(q.end, clauseEnd),
    clauseStart,
    clauseEnd,
    sentence,
    sentenceStart,
    quoted: input.isQuoted(q.numberStart),
    time,
    planYear: input.planYear,
    city: input.city,
  };
}
