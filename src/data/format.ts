import type { TargetEntry } from "../schemas/content.ts";

const number = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 });

/** A number in zh-CN style: 6,000; 14.45. */
export const formatNumber = (n: number) => number.format(n);

/** How a qualifier reads in front of a figure: 以上 shows as ≥. */
const QUALIFIER_PREFIX: Record<string, string> = { "=": "", "≥": "≥", ">": ">", "≤": "≤", "<": "<", "≈": "约", range: "" };

/** A target's figure as a reader sees it: ≥450亿元, 1—2家, >10条. */
export function formatFigure(t: Pick<TargetEntry, "value" | "value_max" | "unit" | "qualifier">): string {
  const value = t.value_max !== null ? `${formatNumber(t.value)}—${formatNumber(t.value_max)}` : formatNumber(t.value);
  return `${QUALIFIER_PREFIX[t.qualifier] ?? ""}${value}${t.unit}`;
}
