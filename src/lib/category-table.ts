/**
 * What a target can be about, and the kinds within each category, with the Chinese names readers
 * see: one table, so that a kind cannot exist without its name (tests/lib/category-table.test.ts
 * checks that every kind a rule can give is listed under its category). Kinds that measure
 * different things (signed ≠ in place ≠ spent) are never summed or ranked together.
 */
export const CATEGORY_TABLE = {
  investment: {
    zh: "投资",
    kinds: {
      signed: "签约（合同）投资额", "in-place": "实际到位资金", "fixed-asset": "固定资产投资", completed: "完成投资",
      total: "项目总投资", "annual-plan": "年度计划投资", "tech-upgrade": "技改投资", rd: "研发经费投入",
      secured: "争取上级资金", foreign: "利用外资", other: "其他投资",
    },
  },
  economy: {
    zh: "经济总量与收入",
    kinds: {
      gdp: "地区生产总值", "value-added": "增加值", output: "产值与营业收入", revenue: "财政收入", consumption: "消费",
      income: "居民收入", spending: "财政支出", finance: "金融", "tax-relief": "减税降费", prices: "物价",
      urbanisation: "城镇化", other: "其他",
    },
  },
  trade: { zh: "外贸", kinds: { "trade-total": "进出口总额", exports: "出口", imports: "进口", other: "其他" } },
  farmland: {
    zh: "农田",
    kinds: { "high-standard": "高标准农田", consolidation: "土地整治", protection: "耕地保护", improvement: "中低产田改造", other: "其他" },
  },
  agriculture: { zh: "农业农村", kinds: { grain: "粮食", vegetables: "蔬菜", pigs: "生猪", villages: "村庄建设", other: "其他" } },
  jobs: {
    zh: "就业",
    kinds: {
      "new-urban": "城镇新增就业", positions: "新增就业岗位", reemployment: "失业人员再就业", training: "就业创业培训",
      entrepreneurship: "扶持创业", unemployment: "失业率", other: "其他",
    },
  },
  projects: {
    zh: "项目",
    kinds: { attract: "引进项目", start: "新开工项目", complete: "竣工项目", key: "重点项目", "tech-upgrade": "技改项目", other: "其他项目" },
  },
  enterprises: {
    zh: "企业",
    kinds: {
      "above-scale": "新增规上企业", "high-tech": "高新技术企业", "tech-sme": "科技型中小企业", specialised: "专精特新企业",
      leading: "头部企业", "by-output": "产值亿元以上企业", other: "其他企业",
    },
  },
  technology: { zh: "科技创新", kinds: { other: "其他" } },
  roads: {
    zh: "道路桥梁",
    kinds: { alleys: "背街小巷", bridges: "桥梁", shelters: "候车亭", upgrade: "提档升级", connect: "路网连通延伸", build: "新建改建", other: "其他" },
  },
  transport: { zh: "公共交通", kinds: { buses: "公交车", other: "其他" } },
  housing: {
    zh: "城镇住房",
    kinds: { "old-communities": "老旧小区改造", "shanty-towns": "棚户区改造", rental: "保障性租赁住房", dilapidated: "危房改造", other: "其他" },
  },
  education: { zh: "教育", kinds: { "school-places": "新增学位", kindergartens: "幼儿园", schools: "学校", childcare: "托育", other: "其他" } },
  health: { zh: "医疗养老", kinds: { emergency: "急救站点", "elderly-care": "养老设施", clinics: "医疗机构", other: "其他" } },
  welfare: { zh: "社会保障", kinds: { benefit: "保障标准", other: "其他" } },
  parks: { zh: "公园绿地", kinds: { "pocket-parks": "口袋公园", "green-space": "城市绿地", parks: "公园园区", other: "其他" } },
  environment: { zh: "生态环境", kinds: { afforestation: "造林绿化", other: "其他" } },
  energy: { zh: "能源", kinds: { intensity: "能耗强度", other: "其他" } },
  water: { zh: "供水水利", kinds: { "drinking-water": "饮水安全", other: "其他" } },
  sanitation: { zh: "环境卫生", kinds: { toilets: "厕所", other: "其他" } },
  culture: { zh: "文化体育", kinds: { sports: "体育设施", lectures: "讲座", performances: "演出", other: "其他" } },
  tourism: { zh: "旅游", kinds: { other: "其他" } },
  safety: { zh: "安全应急", kinds: { other: "其他" } },
  governance: { zh: "政务治理", kinds: { petitions: "信访与矛盾化解", services: "政务服务事项", other: "其他" } },
  other: { zh: "其他", kinds: { money: "资金", other: "其他" } },
} as const satisfies Record<string, { zh: string; kinds: Record<string, string> & { other: string } }>;

/** How a figure measures what it is about, in the words readers see. */
export const MEASURE_LABELS = {
  amount: "数量",
  growth: "增幅",
  reduction: "降幅",
  share: "比率",
  index: "指数",
} as const;

/** The Chinese name of a category, or the id itself when the table does not know it. */
export const categoryName = (category: string): string =>
  (CATEGORY_TABLE as Record<string, { zh: string }>)[category]?.zh ?? category;

/** The Chinese name of a kind within its category; 其他 for an unlisted one, never an English id. */
export const kindName = (category: string, kind: string): string =>
  (CATEGORY_TABLE as Record<string, { kinds: Record<string, string> }>)[category]?.kinds[kind] ?? "其他";

export const measureName = (measure: string): string => (MEASURE_LABELS as Record<string, string>)[measure] ?? measure;
