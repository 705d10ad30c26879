import type { CONTRACT_FIELDS } from "./contract.ts";
import { QUALIFIER_CODES } from "./contract.ts";

/** Each field of targets.csv and targets.json, in Chinese, for the data page. */
export const FIELD_DOCS: Record<(typeof CONTRACT_FIELDS)[number], string> = {
  year: "版本年份（清单所属的年份）",
  district: "数字归属的地方：原文标题的写法（括号可能是半角），或句中写法（简称写为全称，如襄州→襄州区）；属于全文（全市）的数字为空。一个数字同属几个地方时，每个地方各占一行",
  slug: "地方在网址中的拼音简称，如 zaoyang",
  category: "目标所属的类别代码，见下方“类别”表",
  kind: "类别下的具体类型代码，见下方“类型”表；不同类型衡量的是不同的东西，不相加、不排名",
  measure: "计量方式：amount 数量（金额、面积、个数），growth 增幅，reduction 降幅，share 比率，index 指数；如“固定资产投资增长15%”的类别是投资、计量方式是增幅",
  label: "数字前后的说法，去掉了“力争”“确保”等词，如“实际到位资金”",
  value: "原文写的数值，如 450亿元 的 450",
  unit: "原文写的单位，含万、亿，如 亿元、万亩、人、%",
  base_value: "换算掉万、亿之后的数值，如 450亿元 为 45000000000，便于比较",
  base_unit: "base_value 的单位，如 元、亩、人",
  qualifier: "数值的限定，见下方“限定”表；用英文词而非符号，任何表格软件都不会把它当作公式",
  quote: "原文中数字所在的短语，一字不改",
  start: "quote 在原文中的起始位置（从0起算的字符位置，UTF-16 码元）",
  end: "quote 在原文中的结束位置（不含该位置）",
  id: "目标编号：地方简称加序号，也是原文页上该句的锚点",
  value_max: "区间（如1—2家）的上限；不是区间时为空",
  approx: "“10余条”这类约数为 true：原文给出的是下限",
  scope: "unit 为该地方自己的目标；city 为说的是全市（如襄阳GDP），不属于该地方",
  role: "total 为独立的目标；component 为另一数字的一部分（“其中……”），不与总数相加",
  threshold_base_value: "计数对象的门槛，如“亿元以上项目”为 100000000；没有门槛时为空",
  threshold_base_unit: "门槛的单位，如 元",
  number_start: "数字本身（含“以上”等词）在原文中的起始位置",
  number_end: "数字本身在原文中的结束位置（不含）",
  item: "目标所在条目的标题",
  rule: "认定它是目标的规则编号（见方法说明）",
  category_rule: "决定其类别的规则编号",
  kind_rule: "决定其类型的规则编号；没有时为空",
  owner_rule: "决定其归属地方的规则编号（如 owner-subject：地名位于句首；owner-each：几个地方“各”有这个数）",
  figure: "报纸写法的数字，与网页上一致，如 450亿元以上、10余条、1—2家",
  category_name: "类别的中文名称，如 投资",
  kind_name: "类型的中文名称，如 实际到位资金",
  measure_name: "计量方式的中文名称，如 数量、增幅",
};

/** What each qualifier code means, and how the site writes a figure with it. */
export const QUALIFIER_DOCS: { code: string; sign: string; meaning: string; example: string }[] = [
  { code: QUALIFIER_CODES["="], sign: "=", meaning: "恰为该数", example: "580亿元" },
  { code: QUALIFIER_CODES["≥"], sign: "≥", meaning: "不少于（以上、不低于）", example: "450亿元以上" },
  { code: QUALIFIER_CODES[">"], sign: ">", meaning: "多于（超过、突破、余）", example: "超过10亿元、10余条" },
  { code: QUALIFIER_CODES["≤"], sign: "≤", meaning: "不多于（以内）", example: "5%以内" },
  { code: QUALIFIER_CODES["<"], sign: "<", meaning: "少于（不到）", example: "不到3天" },
  { code: QUALIFIER_CODES["≈"], sign: "≈", meaning: "约为（左右）", example: "6%左右" },
  { code: QUALIFIER_CODES.range, sign: "—", meaning: "区间，上限见 value_max", example: "1—2家" },
];
