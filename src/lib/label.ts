import { FILLERS } from "./lexicon.ts";

// Also a place's other name in brackets (东津新区（经开区）新建学校) and a count of the places (三个县级市的).
const LEADING_FILLER = new RegExp(`^(?:${FILLERS}|[（(][^（）()\\d]{1,8}[）)]|[两三四五六七八九十\\d]{1,2}个(?:县级市|县市区|县区|县|区|市|地方)的?)+`);
/** Verbs that close a phrase before its figure: 达到, 突破, 增幅达到 … */
export const TRAILING_FILLER = /(?:力争|确保|争取|达到|达|突破|超过|高于|不低于|不少于|控制在|稳定在|保持在|目标均?为|目标是|均为|为|是)+$/;

/**
 * A short label for a target: its phrase without the figure and without filler words.
 * 实际到位资金450亿元以上 → 实际到位资金; 新建桥梁6座 → 新建桥梁.
 */
export function labelOf(phrase: string, figureStart: number, figureEnd: number): string {
  const lead = phrase.slice(0, figureStart).replace(LEADING_FILLER, "").replace(TRAILING_FILLER, "");
  // 一般公共预算收入完成300亿元: 完成 and 实现 say nothing once a subject stands before them (完成投资 keeps its verb).
  const before = lead.replace(/(?<=[\u4e00-\u9fff]{2})(?:完成|实现)$/, "");
  const after = phrase.slice(figureEnd).replace(/^的/, "");
  // 目标是“规上工业增加值增长10%”: the quotation mark the figure's quote opens is not the label's.
  const label = (before + after).replace(/\s+/g, "").replace(/^[、,，]|[、,，。-]$/g, "").replace(/^[“「]([^“”「」]*)[”」]$/, "$1");
  return label.length > 40 ? `${label.slice(0, 39)}…` : label;
}
