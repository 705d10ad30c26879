import type { Correction } from "../schemas/seed-meta.ts";
import type { Target } from "../lib/types.ts";

/** A correction as shown to readers: what it changed, when and why. */
export interface AppliedCorrection extends Correction {
  /** Id of the target it applies to. */
  target: string;
  /** The fields before the correction (empty for a drop). */
  before: Record<string, unknown>;
}

/**
 * Applies the seed YAML's editorial corrections. Each must match exactly one target by
 * district and quote (the quote must contain the target's figure); one that matches none
 * fails loudly, because the text or the reader changed under it and an editor must look.
 */
export function applyCorrections(
  targets: readonly Target[],
  corrections: readonly Correction[],
  where = "seed",
): { targets: Target[]; applied: AppliedCorrection[] } {
  let result = targets.map((t) => ({ ...t }));
  const applied: AppliedCorrection[] = [];
  corrections.forEach((c, i) => {
    const matches = result.filter((t) => t.district === c.district && t.quote.includes(c.quote) && figureIn(t, c.quote));
    if (matches.length !== 1) {
      const found = matches.length === 0 ? "no target" : `${matches.length} targets`;
      throw new Error(`${where}: correction ${i + 1} (${c.district} “${c.quote}”) matches ${found}; expected exactly one. Update or remove it.`);
    }
    const [target] = matches;
    if (c.action === "drop") {
      result = result.filter((t) => t !== target);
      applied.push({ ...c, target: target.id, before: {} });
      return;
    }
    const set = c.set ?? {};
    const before = Object.fromEntries(Object.keys(set).map((k) => [k, target[k as keyof Target]]));
    Object.assign(target, set);
    applied.push({ ...c, target: target.id, before });
  });
  return { targets: result, applied };
}

/** Whether the quote names the target's figure, so 实际到位资金450亿元 picks 450 and not 110. */
function figureIn(t: Target, quote: string): boolean {
  return quote.includes(String(t.value)) || quote === t.quote;
}
