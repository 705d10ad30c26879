/**
 * Units and classifiers that may follow a number, with the base unit they scale into.
 * Longest first matters: 平方米 before 米, 公里 before 里. Kept as data so that next year's
 * new unit is a one-line change reviewed like any other.
 */
export const UNITS: readonly { unit: string; base: string; factor: number }[] = [
  { unit: "平方公里", base: "平方公里", factor: 1 },
  { unit: "平方米", base: "平方米", factor: 1 },
  { unit: "立方米", base: "立方米", factor: 1 },
  { unit: "个百分点", base: "个百分点", factor: 1 },
  { unit: "千瓦时", base: "千瓦时", factor: 1 },
  { unit: "千瓦", base: "千瓦", factor: 1 },
  { unit: "公里", base: "公里", factor: 1 },
  { unit: "千米", base: "公里", factor: 1 },
  { unit: "公顷", base: "公顷", factor: 1 },
  { unit: "人次", base: "人次", factor: 1 },
  // Currencies other than 元 keep their own base: 亿美元 is never added to 亿元.
  { unit: "美元", base: "美元", factor: 1 },
  { unit: "港元", base: "港元", factor: 1 },
  { unit: "欧元", base: "欧元", factor: 1 },
  { unit: "日元", base: "日元", factor: 1 },
  { unit: "元", base: "元", factor: 1 },
  { unit: "亩", base: "亩", factor: 1 },
  { unit: "斤", base: "斤", factor: 1 },
  { unit: "吨", base: "吨", factor: 1 },
  { unit: "米", base: "米", factor: 1 },
  { unit: "%", base: "%", factor: 1 },
  { unit: "‰", base: "‰", factor: 1 },
  { unit: "倍", base: "倍", factor: 1 },
  { unit: "天", base: "天", factor: 1 },
  // Classifiers (量词) count things; the base unit is the classifier itself.
  ...[..."人个家所座处条项件场头户村批支名辆台套间张床栋只株棵口眼次期届栏幢列艘架"].map((c) => ({
    unit: c,
    base: c,
    factor: 1,
  })),
];

/** Scales written between the number and the unit (450亿元, 16.2万人). */
export const SCALES: readonly { text: string; factor: number }[] = [
  { text: "万亿", factor: 1e12 },
  { text: "千万", factor: 1e7 },
  { text: "百万", factor: 1e6 },
  { text: "亿", factor: 1e8 },
  { text: "万", factor: 1e4 },
  { text: "千", factor: 1e3 },
];

/** Classifiers only: a count of things, as opposed to a measure (元, 亩, 公里, %). */
export function isClassifier(unit: string): boolean {
  const entry = UNITS.find((u) => u.unit === unit);
  return entry !== undefined && unit.length === 1 && !"元亩斤吨米%‰倍天".includes(unit);
}

/** Matches the unit at offset `at` of `s` (default 0), longest first. */
export function matchUnit(s: string, at = 0): { unit: string; base: string; factor: number } | null {
  for (const u of UNITS) if (s.startsWith(u.unit, at)) return u;
  return null;
}

/** Matches a scale word (万, 亿 …) at offset `at` of `s`. */
export function matchScale(s: string, at = 0): { text: string; factor: number } | null {
  for (const sc of SCALES) if (s.startsWith(sc.text, at)) return sc;
  return null;
}
