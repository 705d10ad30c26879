import type { DocumentStructure, LedgerEntry, SectionRole, Target } from "./types.ts";

/** What reading a text found, in numbers: printed by extract --summary and kept in the edition. */
export interface Summary {
  characters: number;
  /** Every number read (the ledger's length). */
  numbers: number;
  targets: number;
  /** Numbers judged results of the past (reason "result"). */
  results: number;
  /** Places that own at least one target, or head a list of targets. */
  places: number;
  planYear: number | null;
  /** Sections per role (opening, review, plan …). */
  sections: Partial<Record<SectionRole, number>>;
  /** Numbers in sections whose role nothing told (opening lines, unknown sections). */
  outside: number;
  /** Targets per rule that gave their owner (owner-subject, owner-none …; see owner-rules.ts). */
  owners: Record<string, number>;
}

/** Roles that say nothing about what a section is; numbers there were judged by their sentence alone. */
export const UNJUDGED_ROLES: ReadonlySet<SectionRole> = new Set(["opening", "unknown"]);

export function summarize(text: string, structure: DocumentStructure, ledger: readonly LedgerEntry[], targets: readonly Target[]): Summary {
  const sections: Partial<Record<SectionRole, number>> = {};
  for (const s of structure.sections.slice(1)) sections[s.role] = (sections[s.role] ?? 0) + 1;
  if (structure.sections.length === 1) sections.text = 1;
  const owners: Record<string, number> = {};
  for (const t of targets) owners[t.owner_rule] = (owners[t.owner_rule] ?? 0) + 1;
  return {
    characters: text.length,
    numbers: ledger.length,
    targets: targets.length,
    results: ledger.filter((e) => e.reason === "result").length,
    places: structure.places.length,
    planYear: structure.planYear,
    sections,
    outside: ledger.filter((e) => UNJUDGED_ROLES.has(e.role) && !e.rule.startsWith("part-")).length,
    owners: Object.fromEntries(Object.entries(owners).sort(([a], [b]) => a.localeCompare(b))),
  };
}
