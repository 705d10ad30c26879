import type { ChartInput } from "./types.ts";
import { theme } from "../theme.ts";

/** The source line under every chart: the text it comes from and who compiled it (the credit is drawn once, beside it). */
export function sourceLine(input: ChartInput): string {
  return `来源：${input.city}${input.year}年${input.title}原文${input.editor ? `（编辑者：${input.editor}）` : ""}；${theme.creditLine}`;
}

/** A note every chart carries: the figures are the text's own. */
export const COMMON_NOTE = "图中数值均为各地清单原文写明的目标，未经换算、相加或估算。点击条形可查看原文中的句子。";

/** The denominator of a ranking, in one line: 12个地方中3个写明这一目标，9个没有写明。 */
export function coverageLine(units: number, compared: number, differ: number): string {
  const none = units - compared - differ;
  return `${units}个地方中${compared}个写明这一目标${differ ? `，${differ}个写的口径不同（另列）` : ""}${none > 0 ? `，${none}个没有写明` : ""}。`;
}
