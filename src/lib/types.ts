import type { Category, Kind } from "./category-rules.ts";
export type { Category, Kind } from "./category-rules.ts";
import type { SectionRole } from "./section-rules.ts";
export type { SectionRole } from "./section-rules.ts";

/** Which part of the document a span of text belongs to. */
export type PartKind = "frontmatter" | "preamble" | "heading" | "header" | "item" | "footer" | "break";

/** A span of the source text; joining every part's text in order gives the source back. */
export interface Part {
  kind: PartKind;
  start: number;
  end: number;
  text: string;
  /** Index of the place whose header this part stands under (headers and items only). */
  place?: number;
  /** Index of the innermost section the part stands in (0 is the whole text). */
  section?: number;
}

/** A place the text gives targets to: a district, county, city or zone. */
export interface Place {
  /** The place's name as its header (or the sentence naming it) writes it, markup removed. */
  name: string;
  /** Offsets of the header line, or of the name in the sentence, in the source. */
  start: number;
  end: number;
  /** How the place was found: a header line, or named in a sentence. */
  evidence: "header" | "sentence";
}

/** A section of the outline: a heading and everything until the next heading of its rank or higher. */
export interface Section {
  /** 0 for the whole text; headings rank from 1 in order of their style's first appearance. */
  level: number;
  title: string;
  /** Offsets of the section (heading line included) and of its heading line alone. */
  start: number;
  end: number;
  headingStart: number;
  headingEnd: number;
  role: SectionRole;
  /** Whether its heading is numbered (一、 （一） 1.): a numbered line may be a list item with a figure. */
  numbered: boolean;
  /** Id of the rule that gave the role: a section rule, "inherited", "body-words" or "none". */
  roleRule: string;
  /** Index of the enclosing section, -1 for the whole text. */
  parent: number;
}

export interface DocumentStructure {
  parts: Part[];
  places: Place[];
  sections: Section[];
  /** The year the plan is for: from the YAML, else read from the headings; null if unknown. */
  planYear: number | null;
  /** Doubts about the structure, said aloud as warnings (in English and Chinese). */
  doubts: { at: number; message: string; zh: string }[];
}


/** A number as it stands in the text, read but not yet judged. */
export interface Quantity {
  /** Offsets of the number expression (number, scale, unit, qualifier words). */
  start: number;
  end: number;
  text: string;
  /** Offsets of the digits alone (the first number of a range). */
  numberStart: number;
  numberEnd: number;
  /** The number as written (14.45 of 14.45万亩); NaN when it could not be read. */
  value: number;
  /** Upper end of a range such as 1—2家. */
  valueMax?: number;
  /** Unit as written, scale included: 亿元, 万亩, 人, %; empty when none follows. */
  unit: string;
  /** The number scaled out of 万/亿 into base_unit: 450亿元 → 4.5e10 元. */
  baseValue: number;
  baseUnit: string;
  qualifier: Qualifier;
  /** 10余条, 100多个: the text gives a floor, not an exact figure. */
  approx: boolean;
  numeral: "arabic" | "chinese" | "implicit";
}

/** Why a number is not a target; shown to readers on the methodology page. */
export type NonTargetReason =
  | "preamble"
  | "footer"
  | "frontmatter"
  | "header"
  | "quoted"
  | "date"
  | "ordinal"
  | "code"
  | "rank"
  | "name"
  | "no-unit"
  | "threshold"
  | "context"
  | "means"
  | "article"
  | "set-phrase"
  | "site"
  | "glossary"
  | "result"
  | "baseline"
  | "title"
  | "outline"
  | "appendix"
  | "unreadable";

/** One row of the ledger: every number found in the text, with what we made of it. */
export interface LedgerEntry {
  quantity: Quantity;
  /** The places that own the figure (several when it holds for each); empty for the whole text. */
  owners: string[];
  /** Id of the rule that gave its owners (src/lib/owner-rules.ts). */
  ownerRule: string;
  disposition: "target" | "not-target";
  reason?: NonTargetReason;
  /** Short explanation in English for the methodology page and extract output. */
  note?: string;
  /** Id of the rule that decided (src/lib/judge-rules.ts, or part-<kind> for a part's figures). */
  rule: string;
  /** Role of the section the number stands in. */
  role: SectionRole;
}

/** A judged target: the record of the data contract, inferred from its schema. */
export type { Target } from "./target-schema.ts";
import type { Qualifier } from "./target-schema.ts";
export type { Qualifier } from "./target-schema.ts";

export interface Warning {
  /** 1-based line in the source. */
  line: number;
  /** For editors and the extract command, in English. */
  message: string;
  /** The same, in Chinese, for the methodology page readers see. */
  zh: string;
}
