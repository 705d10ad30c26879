/**
 * Decisions taken when no rule of a table speaks, kept as entries like every other rule: an id
 * (written into the ledger, the targets and the outline as any rule's is), what it means, and an
 * example where it must decide. In an example, 【…】 marks the figure it decides; a section
 * fallback's example is a text whose section `title` gets it. tests/lib/rules.test.ts walks them,
 * and checks that every id a reading writes is an entry of some table.
 */
export interface FallbackRule {
  id: string;
  /** What the id is written on: a target's category_rule or kind_rule, a ledger line's rule, a section's roleRule. */
  on: "category_rule" | "kind_rule" | "rule" | "roleRule";
  note: string;
  example: string;
  /** For a section fallback: the title of the section that must get it. */
  title?: string;
  city?: string;
}

export const FALLBACK_RULES: readonly FallbackRule[] = [
  { id: "no-category", on: "category_rule", note: "no table names what the figure is about: counted as other, and a warning says so", example: "完成【12项】专项行动。" },
  { id: "within", on: "category_rule", note: "a breakdown after 其中 is about what its total is about", example: "新改建农村公路310公里，其中提档升级【160公里】。" },
  { id: "inherited", on: "category_rule", note: "a list member that names only its place says what the member before it says", example: "州直新建高标准农田100万亩、塔城地区【32万亩】。", city: "伊犁哈萨克自治州" },
  { id: "within", on: "kind_rule", note: "a breakdown after 其中 that names no kind of its own measures its total's kind", example: "完成固定资产投资1200亿元，其中工业投资【450亿元】。" },
  { id: "part-header", on: "rule", note: "a number in a place's header line names the place's list, it sets nothing", example: "【1】.枣阳市\n新建学校3所。\n2.宜城市\n新建学校2所。\n" },
  { id: "part-preamble", on: "rule", note: "a number in the text's opening, before the first place, introduces the list", example: "【2022】年各地目标如下。\n枣阳市\n新建学校3所。\n宜城市\n新建学校2所。\n" },
  { id: "part-footer", on: "rule", note: "a number in the closing credit lines (编辑者 …)", example: "新建学校3所。\n编辑者：张三【2022】年1月\n" },
  { id: "part-frontmatter", on: "rule", note: "a number in the metadata block at the top of a file", example: "---\ntitle: 【2022】年清单\n---\n新建学校3所。\n" },
  { id: "none", on: "roleRule", note: "nothing tells what the section does: its figures are judged by their own sentences", example: "一、加强基层治理\n推进网格化管理。\n", title: "加强基层治理" },
  { id: "inherited", on: "roleRule", note: "a sub-section whose heading says nothing does what its parent does", example: "一、2023年工作安排\n（一）扩大有效投资\n完成投资100亿元。\n", title: "扩大有效投资" },
  { id: "body-words", on: "roleRule", note: "a heading that says nothing over a body mostly of tasks (or of results) reads as a plan (or a review)", example: "一、稳住经济大盘\n今年要力争增长6%，确保就业稳定，争取投资增长，加快项目建设。\n", title: "稳住经济大盘" },
  { id: "holds-units", on: "roleRule", note: "a section whose sub-sections are places is the list of places", example: "一、分地区清单\n（一）枣阳市\n新建学校3所。\n（二）宜城市\n新建学校2所。\n", title: "分地区清单" },
  { id: "section-unit-header", on: "roleRule", note: "a header accepted as a place's (see unit-headers.ts) heads that place's list", example: "枣阳市\n新建学校3所。\n宜城市\n新建学校2所。\n", title: "枣阳市" },
  { id: "section-past-year", on: "roleRule", note: "a heading that names a year before the plan's is about that year: a review", example: "一、2022年\n新建学校3所。\n二、2023年工作安排\n新建学校2所。\n", title: "2022年" },
  { id: "section-plan-year", on: "roleRule", note: "a heading that names the plan's year (or later) is about it: a plan", example: "一、2022年工作回顾\n新建学校3所。\n二、实干2023年\n新建学校2所。\n", title: "实干2023年" },
  { id: "section-past-period", on: "roleRule", note: "a heading that names a five-year plan's period ended before the plan year is a review", example: "一、“十二五”——稳中求进的五年\n新建学校30所。\n二、2016年工作安排\n新建学校2所。\n", title: "“十二五”——稳中求进的五年" },
  { id: "section-appendix", on: "roleRule", note: "an appendix (附件：…) whose title names no plan or 实事: tables and notes after the report", example: "一、2023年工作安排\n新建学校2所。\n附件：有关数据\n全市常住人口420万人。\n", title: "有关数据" },
  { id: "body-plan-done", on: "roleRule", note: "a plan heading over a body that opens by reporting the plan done (“十五”计划确定的目标和任务全面完成) is a review", example: "一、“十一五”时期的工作安排\n“十五”计划确定的目标和任务全面完成，地区生产总值年均增长12%。\n", title: "“十一五”时期的工作安排" },
];
