import type { NonTargetReason } from "./types.ts";
import type { FigureContext } from "./figure-context.ts";
import { JUDGE_RULES, TARGET_RULES } from "./judge-rules.ts";

export type Judgement =
  | { target: true; scope: "unit" | "city"; rule: string; note: string }
  | { target: false; reason: NonTargetReason; rule: string; note: string };

/**
 * Decides whether a figure is a target: the first rule of JUDGE_RULES that holds says no and
 * why; otherwise the first TARGET_RULES entry that holds says whose target it is. The rules
 * are about how official prose uses numbers, never about one sentence.
 */
export function judgeFigure(f: FigureContext): Judgement {
  for (const r of JUDGE_RULES) {
    if (r.test(f)) return { target: false, reason: r.reason, rule: r.id, note: noteWithCue(r.note, r.reason, f) };
  }
  const t = TARGET_RULES.find((r) => r.test(f))!;
  return { target: true, scope: t.scope, rule: t.id, note: t.note };
}

/** A result's note quotes the word that placed it in the past, so an editor sees why. */
function noteWithCue(note: string, reason: NonTargetReason, f: FigureContext): string {
  if (reason !== "result") return note;
  const cue = f.time.past ?? f.time.estimate;
  return cue && f.role !== "review" ? `${note} (“${cue}”)` : note;
}
