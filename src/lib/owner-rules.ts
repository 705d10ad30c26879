/**
 * The ways a sentence gives a figure to its owner, one entry each, as the judging and category
 * rules are kept: an id (written on every target and ledger line as `owner_rule`), what the rule
 * says, an example naming the figure it must decide and the owners it must give, and a
 * counter-example naming a figure it must not decide (tests/lib/owner-rules.test.ts walks them).
 * The reading itself is in owners.ts; a header's section is decided in extract.ts.
 */
export interface OwnerRule {
  id: string;
  /** What the rule says, in English, for the ledger and extract output. */
  note: string;
  /** The same in Chinese, for the methodology page. */
  zh: string;
  example: { text: string; figure: string; owners: readonly string[]; city?: string };
  counterExample: { text: string; figure: string; city?: string };
}

export const OWNER_RULES = [
  {
    id: "owner-header",
    note: "the figure stands in the list under a place's header",
    zh: "数字位于某地标题下的清单中",
    example: { text: "襄州区\n新建学校3所。\n樊城区\n新建公园2个。\n", figure: "3所", owners: ["襄州区"] },
    counterExample: { text: "襄州区新建学校3所。", figure: "3所" },
  },
  {
    id: "owner-label",
    note: "a paragraph opens with a place and a colon: the paragraph is that place's",
    zh: "段落以地名加冒号开头，整段属于该地",
    example: { text: "1.枣阳市：新建学校3所。改造道路10公里。", figure: "10公里", owners: ["枣阳市"] },
    counterExample: { text: "1.枣阳市新建学校3所。改造道路10公里。", figure: "10公里" },
  },
  {
    id: "owner-subject",
    note: "a place heads the sentence: it is the topic of every clause after it",
    zh: "地名位于句首，是其后各分句的主题",
    example: { text: "北票市发展环保装备制造产业，实施重点项目8个。", figure: "8个", owners: ["北票市"] },
    counterExample: { text: "全市发展环保装备制造产业，实施重点项目8个。", figure: "8个" },
  },
  {
    id: "owner-clause",
    note: "a place heads a clause inside the sentence: it owns what follows until another takes over",
    zh: "地名位于分句开头，其后数字属于该地，直到另一地名或全市接过",
    example: { text: "高新区工业总产值突破5500亿元，枣阳市新增规上企业50家。", figure: "50家", owners: ["枣阳市"] },
    counterExample: { text: "枣阳市新增规上企业50家。", figure: "50家" },
  },
  {
    id: "owner-member",
    note: "a place heads a member of a list that began with a place, with its own figure (…、塔城地区32万亩)",
    zh: "并列成分以地名开头并有自己的数字",
    example: { text: "州直新建高标准农田100万亩、塔城地区32万亩、阿勒泰地区20.4万亩。", figure: "32万亩", owners: ["塔城地区"], city: "伊犁哈萨克自治州" },
    counterExample: { text: "加快金沙县新城区、纳雍县鼎丰路等100个城镇路网项目建设。", figure: "100个" },
  },
  {
    id: "owner-paren",
    note: "a place heads an aside in brackets: the aside is that place's",
    zh: "括号内以地名开头的说明属于该地",
    example: { text: "全州地区生产总值增长7.6%（州直增长7.5%、塔城地区增长8.5%）。", figure: "7.5%", owners: ["州直"], city: "伊犁哈萨克自治州" },
    counterExample: { text: "全州地区生产总值增长7.6%（预计）。", figure: "7.6%" },
  },
  {
    id: "owner-object",
    note: "a place right after 支持, 推动 … is what its clause is about",
    zh: "“支持”“推动”等词后的地名是该分句所说的对象",
    example: { text: "支持凌海市新建产业园区3个，全市新建学校10所。", figure: "3个", owners: ["凌海市"] },
    counterExample: { text: "支持凌海市建设精细化工园区；新建学校3所。", figure: "3所" },
  },
  {
    id: "owner-respectively",
    note: "places in a list, then 分别 and as many figures: each figure to its place, in order",
    zh: "多个地名后接“分别”和同样多的数字，按顺序各归其地",
    example: { text: "州直、塔城地区、阿勒泰地区国有企业营收分别增长31.5%、27.1%、12%。", figure: "27.1%", owners: ["塔城地区"], city: "伊犁哈萨克自治州" },
    counterExample: { text: "枣阳市、襄州区分别突破1500亿元。", figure: "1500亿元" },
  },
  {
    id: "owner-each",
    note: "places in a list with 各, 均 or one figure after 分别: the figure holds for each of them",
    zh: "多个地名后接“各”“均”或“分别”加一个数字：每地都是这个数字",
    example: { text: "开原市、昌图县各引进项目21个。", figure: "21个", owners: ["开原市", "昌图县"] },
    counterExample: { text: "开原市、昌图县引进项目21个。", figure: "21个" },
  },
  {
    id: "owner-shared",
    note: "places in a list, then what is said of them with a figure: the figure holds for each",
    zh: "多个地名后直接接指标和数字：每地都是这个数字",
    example: { text: "武陵区、鼎城区一般公共预算收入超过10亿元。", figure: "10亿元", owners: ["武陵区", "鼎城区"] },
    counterExample: { text: "武陵区、鼎城区分别超过10亿元、8亿元。", figure: "10亿元" },
  },
  {
    id: "owner-list-total",
    note: "a count right after a list of places counts the list: it is the whole text's",
    zh: "紧跟在地名列举之后的数目是列举的总数，属于全文",
    example: { text: "特克斯县、察布查尔县、伊宁县3处国家湿地公园通过验收。", figure: "3处", owners: [] },
    counterExample: { text: "特克斯县、察布查尔县各建设国家湿地公园3处。", figure: "3处" },
  },
  {
    id: "owner-unpaired",
    note: "places and figures after 分别 do not pair one to one: no owner is guessed",
    zh: "“分别”前后地名与数字个数对不上，不猜测归属",
    example: { text: "枣阳市、襄州区、宜城市工业产值分别突破1500亿元、900亿元。", figure: "900亿元", owners: [] },
    counterExample: { text: "枣阳市、襄州区工业产值分别突破1500亿元、900亿元。", figure: "900亿元" },
  },
  {
    id: "owner-whole",
    note: "the clause speaks for the whole text (全市, the city itself): no place owns it",
    zh: "分句说的是全市（全州、本市等），不归某一地",
    example: { text: "北票市新建学校3所，全市新增就业5万人。", figure: "5万人", owners: [], city: "朝阳市" },
    counterExample: { text: "北票市新建学校3所，新增就业5万人。", figure: "5万人", city: "朝阳市" },
  },
  {
    id: "owner-none",
    note: "no place heads the sentence or clause: the figure is the whole text's",
    zh: "句中没有地名作主语，数字属于全文",
    example: { text: "新建高标准农田10万亩。", figure: "10万亩", owners: [] },
    counterExample: { text: "北票市新建高标准农田10万亩。", figure: "10万亩" },
  },
] as const satisfies readonly OwnerRule[];

export type OwnerRuleId = (typeof OWNER_RULES)[number]["id"];
