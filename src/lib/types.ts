/** Which part of the document a span of text belongs to. */
export type PartKind = "frontmatter" | "preamble" | "header" | "item" | "footer" | "break";

/** A span of the source text; joining every part's text in order gives the source back. */
export interface Part {
  kind: PartKind;
  start: number;
  end: number;
  text: string;
  /** Index of the unit this part belongs to (headers and items only). */
  unit?: number;
}

export interface Unit {
  /** The unit's name as its header is written, with markup such as ** removed. */
  name: string;
  /** Offsets of the header line in the source. */
  start: number;
  end: number;
}

export interface DocumentStructure {
  parts: Part[];
  units: Unit[];
}

/** How a figure compares with its number: 以上 ≥, 超过 >, 以内 ≤, 1—2 range. */
export type Qualifier = "=" | "≥" | ">" | "≤" | "<" | "≈" | "range";

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
  | "unreadable";

export type Category =
  | "investment"
  | "farmland"
  | "jobs"
  | "projects"
  | "enterprises"
  | "roads"
  | "housing"
  | "education"
  | "health"
  | "parks"
  | "agriculture"
  | "water"
  | "sanitation"
  | "culture"
  | "governance"
  | "rate"
  | "other";

/** One row of the ledger: every number found in the text, with what we made of it. */
export interface LedgerEntry {
  quantity: Quantity;
  /** Index into Structure.units, or -1 outside any unit. */
  unit: number;
  disposition: "target" | "not-target";
  reason?: NonTargetReason;
  /** Short explanation in English for the methodology page and extract output. */
  note?: string;
}

/** A judged target: the record of the data contract (see README, "Data contract"). */
export interface Target {
  id: string;
  year: number | null;
  /** The unit's header as written; empty when the text has no unit headers. */
  district: string;
  slug: string;
  category: Category;
  kind: string;
  label: string;
  value: number;
  value_max: number | null;
  unit: string;
  base_value: number;
  base_unit: string;
  qualifier: Qualifier;
  approx: boolean;
  /** "unit" for the unit's own target; "city" for a figure it cites for the whole city. */
  scope: "unit" | "city";
  /** "component" when the figure is a part of another one in the same sentence (其中 …). */
  role: "total" | "component";
  /** Threshold that qualifies what is counted: 引进亿元以上项目 → 1e8 元. */
  threshold_base_value: number | null;
  threshold_base_unit: string | null;
  /** The clause the figure stands in, exactly as in the source, and its offsets. */
  quote: string;
  start: number;
  end: number;
  /** Offsets of the figure itself inside the source (for marking it in the text). */
  number_start: number;
  number_end: number;
  /** Headline of the item (paragraph) the target stands in. */
  item: string;
}

export interface Warning {
  /** 1-based line in the source. */
  line: number;
  message: string;
}
