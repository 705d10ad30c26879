import type { Extraction } from "./extract.ts";
import { sentenceAround } from "./segments.ts";
import { headlineOf } from "./structure.ts";

/** The characters of `s`, found in order in `reading` within [from, to), taken from `text` instead. */
function writtenAs(s: string, text: string, reading: string, from: number, to: number): string {
  let out = "";
  let j = from;
  for (const c of s) {
    let k = j;
    while (k < to && reading[k] !== c) k++;
    if (k < to) {
      out += text[k];
      j = k + 1;
    } else out += c; // not from the text (…, a joining word)
  }
  return out;
}

/** A reading of the folded text, with every string a reader sees taken back from the text as written. */
export function asWritten(r: Extraction, text: string, reading: string): Extraction {
  const { structure } = r;
  for (const p of structure.parts) p.text = text.slice(p.start, p.end);
  const names = new Map<string, string>();
  for (const u of structure.places) {
    const written = writtenAs(u.name, text, reading, u.start, u.end);
    names.set(u.name, written);
    u.name = written;
  }
  for (const s of structure.sections) s.title = writtenAs(s.title, text, reading, s.headingStart, s.headingEnd);
  for (const e of r.ledger) e.quantity.text = text.slice(e.quantity.start, e.quantity.end);
  // Targets (and results) come in the text's order, so one walk over the parts finds each one's part.
  for (const list of [r.targets, r.results]) {
  let k = 0;
  for (const t of list) {
    const [sentenceStart] = sentenceAround(reading, t.number_start);
    t.label = writtenAs(t.label, text, reading, sentenceStart, t.end);
    t.quote = text.slice(t.start, t.end);
    t.district = names.get(t.district) ?? t.district;
    while (k < structure.parts.length - 1 && structure.parts[k].end <= t.start) k++;
    const part = structure.parts[k];
    t.item = part ? headlineOf(part.text) : t.item;
  }
  }
  return r;
}
