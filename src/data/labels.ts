import { CATEGORIES, type Category } from "../lib/category-rules.ts";
import { CATEGORY_TABLE, MEASURE_LABELS, categoryName, kindName, measureName } from "../lib/category-table.ts";
import type { NonTargetReason } from "../lib/types.ts";

/** Chinese names shown to readers for the categories and kinds: the reader's one category table. */
export const CATEGORY_LABELS = Object.fromEntries(CATEGORIES.map((c) => [c, categoryName(c)])) as Record<Category, string>;
export const KIND_LABELS = {} as Record<Category, Record<string, string>>;
for (const c of CATEGORIES) KIND_LABELS[c] = { ...CATEGORY_TABLE[c].kinds };
export { MEASURE_LABELS };

/** Why a number is not a target, in words a reader understands (单位 here means a district, so 计量单位). */
export const REASON_LABELS: Record<NonTargetReason, string> = {
  preamble: "导语中的数字，不属于任何地方的清单",
  footer: "文末署名",
  frontmatter: "文件元数据",
  header: "地方名称",
  quoted: "引号或书名号内的名称、口号",
  date: "日期或时段",
  ordinal: "序数或编号（第……、届、次、一是）",
  code: "代码编号（如G207、4A级）",
  rank: "排名（如500强）",
  name: "名称的一部分（如二十大、项目名称）",
  "no-unit": "没有计量单位的数字（如316国道）",
  threshold: "门槛而非数额（如亿元以上项目）",
  context: "全国等背景数字",
  means: "手段或既有资源，而非目标",
  article: "“一”作数量词（如一批）",
  "set-phrase": "固定说法（如五张名片）",
  site: "选址数量，与目标重复",
  glossary: "名词解释中的数字",
  result: "已取得的成绩，不是新一年的目标",
  baseline: "提高前的原有水平（从……提高到……）",
  title: "标题中的数字（如“十件民生实事”）",
  outline: "报告自身的条目数（如“十个方面工作”）",
  appendix: "报告后附件中的数据或说明，不是目标",
  unreadable: "无法读取的数字",
};

export const categoryLabel = categoryName;
export const kindLabel = kindName;
export const measureLabel = measureName;
export const reasonLabel = (r: string | null) => (r ? (REASON_LABELS[r as NonTargetReason] ?? r) : "");
