import type { TargetEntry } from "../schemas/content.ts";

/**
 * A number as a Chinese newspaper writes it: digits without thousands separators (6000人,
 * 1764座), decimals as written (14.45), never in exponent form.
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Number(n.toFixed(4));
  return rounded.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 4 });
}

/** 万 or 亿 written before the unit (1.9万人, 450亿元): 余 goes after it (1万余人). */
const SCALED = /^(万亿|千万|百万|亿|万|千)(.*)$/;

type Figure = Pick<TargetEntry, "value" | "value_max" | "unit" | "qualifier" | "approx">;

/**
 * A target's figure in newspaper style, as the text would write it: 450亿元以上, 超过10亿元,
 * 10余条, 5%以内, 6%左右, 1—2家, 6000人. The machine fields (qualifier, base_value) stay in
 * the data downloads; readers never see ≥, ≤ or >.
 */
export function formatFigure(t: Figure): string {
  const n = formatNumber(t.value);
  const unit = t.unit;
  switch (t.qualifier) {
    case "range":
      return `${n}—${formatNumber(t.value_max ?? t.value)}${unit}`;
    case "≥":
      return `${n}${unit}以上`;
    case "≤":
      return `${n}${unit}以内`;
    case "≈":
      return `${n}${unit}左右`;
    case "<":
      return `不到${n}${unit}`;
    case ">": {
      if (!t.approx) return `超过${n}${unit}`;
      const scaled = SCALED.exec(unit);
      return scaled ? `${n}${scaled[1]}余${scaled[2]}` : `${n}余${unit}`;
    }
    default:
      return `${n}${unit}`;
  }
}

/** A day as a Chinese newspaper writes it: 2022-01-06 → 2022年1月6日. */
export function formatDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}
