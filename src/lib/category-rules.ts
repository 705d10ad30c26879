import { CATEGORY_TABLE, MEASURE_LABELS } from "./category-table.ts";

/** What a target is about (investment, jobs …): the keys of the category table. */
export const CATEGORIES = Object.keys(CATEGORY_TABLE) as [Category, ...Category[]];
export type Category = keyof typeof CATEGORY_TABLE;

type KindsOf<C extends Category> = keyof (typeof CATEGORY_TABLE)[C]["kinds"];
/** Kinds within categories; one id may serve two categories (tech-upgrade investment and projects). */
export type Kind = { [C in Category]: KindsOf<C> }[Category] & string;
export const KINDS = [...new Set(CATEGORIES.flatMap((c) => Object.keys(CATEGORY_TABLE[c].kinds)))] as [Kind, ...Kind[]];

/** How a figure measures what it is about: an amount or count, a growth or reduction rate, a share, an index. */
export const MEASURES = Object.keys(MEASURE_LABELS) as [Measure, ...Measure[]];
export type Measure = keyof typeof MEASURE_LABELS;

/** One entry of a rule table: a pattern with an example it must catch and one it must not. */
export interface CategoryRule {
  id: string;
  category: Category;
  /** Kind given by the rule itself (money and rate rules); count rules take kinds from KIND_RULES. */
  kind?: Kind;
  match: RegExp;
  /** Units the rule applies to (亩 for farmland); any unit when absent. */
  units?: RegExp;
  example: string;
  counterExample: string;
}

export interface KindRule {
  id: string;
  category: Category;
  kind: Kind;
  match: RegExp;
  example: string;
  counterExample: string;
}

const rule = (id: string, category: Category, kind: Kind | undefined, match: RegExp, example: string, counterExample: string, units?: RegExp): CategoryRule =>
  ({ id, category, ...(kind ? { kind } : {}), match, ...(units ? { units } : {}), example, counterExample });

/**
 * Money (元, 美元 …): first match on the figure's own phrase wins. Public spending comes before
 * investment (财政投入 is spent, not invested); kinds of investment before plain 投资.
 */
export const MONEY_RULES: readonly CategoryRule[] = [
  rule("money-rd", "investment", "rd", /研发|R&D/, "全市研发经费投入【突破10亿元】。", "完成投资27.5亿元。"),
  rule("money-spending", "economy", "spending", /(?:财政|民生|公共).{0,6}(?:支出|投入)|支出/, "全市各级财政投入民生【227.8亿元】。", "完成城乡建设投入60亿元。"),
  rule("money-welfare", "welfare", "benefit", /养老金|低保|补差|救助|补助|补贴|直补|抚恤|保障标准|最低工资|生活费|津贴/, "基础养老金最低标准提高到每人每月【130元】。", "农村居民人均可支配收入达到2万元。"),
  rule("money-secured", "investment", "secured", /争项争资|争资|向上争取|争取.{0,8}(?:资金|债券|资金)|争取.{0,6}(?:中央|上级|省级)/, "争项争资总量【不低于10亿元】。", "签约投资额400亿元。"),
  rule("money-tech-upgrade", "investment", "tech-upgrade", /技改投资|技术改造投资/, "完成技改投资【80亿元】。", "完成投资80亿元。"),
  rule("money-fixed-asset", "investment", "fixed-asset", /固定资产投资/, "确保全年完成固定资产投资【191亿元】。", "确保全年完成投资191亿元。"),
  rule("money-foreign", "investment", "foreign", /利用外资|外商投资|外资/, "实际利用外资【5亿美元】。", "实际到位资金5亿元。"),
  rule("money-in-place", "investment", "in-place", /到位/, "实际到位资金【450亿元以上】。", "签约资金450亿元。"),
  rule("money-signed", "investment", "signed", /签约|合同|协议/, "签约投资额【400亿元】。", "总投资400亿元。"),
  rule("money-annual-plan", "investment", "annual-plan", /计划投资|年度投资/, "年度计划投资【42.2亿元】。", "总投资409.2亿元。"),
  rule("money-total", "investment", "total", /总投资/, "申报重点项目8个，总投资【409.2亿元】。", "完成投资27.5亿元。"),
  rule("money-completed", "investment", "completed", /完成.{0,10}(?:投资|投入)|(?:投资|投入)完成/, "完成城乡建设投入【60亿元】。", "计划投资60亿元。"),
  rule("money-gdp", "economy", "gdp", /GDP|生产总值|经济总量|经济增长|经济增速/, "助力GDP冲刺【6000亿元】。", "产值达到600亿元。"),
  rule("money-value-added", "economy", "value-added", /增加值/, "数字经济核心产业增加值达到【300亿元】。", "营业收入达到300亿元。"),
  rule("money-output", "economy", "output", /产值|营业收入|营收|销售收入|销售额|主营业务收入|营业额|交易额|规模|产业集群|产业链|产量|产销/, "工业总产值【突破1000亿元】。", "财政收入突破100亿元。"),
  rule("money-revenue", "economy", "revenue", /财政.{0,2}收入|预算收入|税收|地方级收入/, "一般公共预算收入达到【120亿元】。", "居民人均可支配收入达到3万元。"),
  rule("money-consumption", "economy", "consumption", /社会消费品零售|消费/, "社会消费品零售总额达到【500亿元】。", "进出口总额达到500亿元。"),
  rule("money-income", "economy", "income", /收入/, "农村居民人均可支配收入达到【2万元】。", "农业产值达到2万元。"),
  rule("money-trade", "trade", "trade-total", /进出口|外贸(?!出口|进口)/, "进出口总额达到【500亿元】。", "出口额达到500亿元。"),
  rule("money-trade-exports", "trade", "exports", /出口/, "出口额达到【50亿美元】。", "进口额达到50亿美元。"),
  rule("money-trade-imports", "trade", "imports", /进口/, "进口额达到【50亿美元】。", "出口额达到50亿美元。"),
  rule("money-tax-relief", "economy", "tax-relief", /减税|降费|减负|让利/, "为市场主体减税降费【超120亿元】。", "税收收入达到120亿元。"),
  rule("money-finance", "economy", "finance", /贷款|融资|存款|债券|专项债|信贷|基金|存贷比|债转股|直接融资/, "新增贷款【300亿元】。", "新增投资300亿元。"),
  rule("money-investment", "investment", "other", /投资|投入|资金|引资|内资|外资到位/, "交通建设投资【75亿元】。", "新增贷款75亿元。"),
];

/** How a rate (%, 个百分点, ‰) measures: what the words before it say the rate does. */
export interface MeasureRule {
  id: string;
  measure: Measure;
  match: RegExp;
  example: string;
  counterExample: string;
}

const measure = (id: string, m: Measure, match: RegExp, example: string, counterExample: string): MeasureRule => ({ id, measure: m, match, example, counterExample });

/** First match on the figure's own words wins; a rate none of them names is a share (森林覆盖率60%). */
export const MEASURE_RULES: readonly MeasureRule[] = [
  measure("measure-index", "index", /指数/, "群众安全感指数达到【97%以上】。", "调解成功率达95%以上。"),
  measure("measure-share", "share", /失业率|(?<!增长|增|降|涨|下降|降低|提高)率|比例|占比|比重|覆盖|入驻|达标|普及/, "城镇登记失业率控制在【5%以内】。", "技改投资同比增长15%。"),
  measure("measure-growth", "growth", /增长|增幅|增速|涨幅|提高|提升|年均(?!浓度)|增加|上涨/, "技改投资同比增长【15%】。", "单位GDP能耗下降3%。"),
  measure("measure-reduction", "reduction", /缩减|下降|降低|减少|压缩|降幅|削减|缩小/, "单位GDP能耗下降【3%】。", "技改投资增长15%。"),
];

/**
 * What a rate is about when the money and count tables would name it wrongly: 失业率 is about
 * jobs, 单位GDP能耗 about energy (not GDP), 居民消费价格 about prices (not consumption).
 */
export const RATE_SUBJECT_RULES: readonly CategoryRule[] = [
  rule("rate-unemployment", "jobs", "unemployment", /失业率/, "城镇登记失业率控制在【5%以内】。", "城镇新增就业增长5%。"),
  rule("rate-energy-intensity", "energy", "intensity", /能耗|能源消耗|碳排放强度|用水量|用能/, "单位GDP能耗下降【3%】。", "GDP增长3%。"),
  rule("rate-prices", "economy", "prices", /价格|物价|CPI/, "居民消费价格涨幅控制在【3%左右】。", "社会消费品零售总额增长3%。"),
  rule("rate-sectors", "economy", "value-added", /[一二三]产|第[一二三]产业|产业增加值/, "第一、二、三产业分别增长【6%】、15%、12%。", "生产总值增长12%。"),
  rule("rate-urbanisation", "economy", "urbanisation", /城镇化/, "常住人口城镇化率达到【62%】。", "森林覆盖率达到62%。"),
];

/** Counts and measures. First match wins, so the specific comes before the general. */
export const CATEGORY_RULES: readonly CategoryRule[] = [
  rule("farmland", "farmland", undefined, /农田|耕地|国土综合整治|土地整治|国土整治|土地开发整理|土地整理|黑土地|中低产田|基本农田|复垦/, "新建高标准农田【7.58万亩】。", "蔬菜种植面积达到11.5万亩。", /亩|公顷/),
  rule("parks-greenway", "parks", undefined, /绿道|绿廊|慢行/, "建成熊猫绿道【102公里】。", "新改建农村公路102公里。", /公里|千米/),
  rule("roads-length", "roads", undefined, /路|道|桥|隧/, "完成县乡道改造【40公里】。", "新建污水管网40公里。", /公里|千米/),
  rule("jobs", "jobs", undefined, /就业|岗位|招工|用工|创业|失业人员|劳动力|培训/, "全年城镇新增就业【6000人以上】。", "解决16.2万人饮水难题。", /人|名|个|次/),
  rule("enterprises", "enterprises", undefined, /企业|公司|头部|瞪羚|规上|进规|市场主体|个体工商户|商户|上市|工厂|车间|网店|网商|便利店|连锁/, "新增规上企业【41家】。", "新增项目41个。", /家|个|户/),
  rule("education", "education", undefined, /学位|学校|幼儿园|教育|中学|小学|初中|高中|学前|职教|校舍|托育|托位|高校|学生|教师/, "新增学前教育、义务教育学位【1470个】。", "新建养老中心2所。"),
  rule("water", "water", undefined, /饮水|供水|水厂|自来水|水利|灌溉|河道|水库|堤防|水源/, "解决【16.2万人】饮水难题。", "新建污水处理厂2座。"),
  rule("safety", "safety", undefined, /报警|消防|应急|隐患|监控|治安|防灾|救援|燃气管|安全设施|防护栏|安全感|平安|食品安全|食品|药品|抽检|地质灾害|避险|减灾/, "为老年人安装燃气报警器【1000台】。", "新建养老中心2所。"),
  rule("welfare", "welfare", undefined, /低保|救助|社保|参保|保险|养老金|残疾|困难群众|特困|孤儿|保障对象|抚恤|补贴|补助|供养|扶助|帮扶|关爱|留守儿童|困难职工|残疾人/, "城乡居民基本养老保险参保人数达到【200万人】。", "新建养老中心2所。"),
  rule("health", "health", undefined, /急救|医院|卫生院|卫生室|医疗|诊所|健康|病床|床位|医生|护士|疫苗|体检|筛查|疾控|养老|老年|敬老|托老|适老/, "建设【11个】急救站点。", "新建学校11所。"),
  rule("housing", "housing", undefined, /老旧小区|棚户区|保障房|保障性住房|安置房|住房|公租房|租赁房|危房|农房|电梯|小区|搬迁|居住面积|人均住房|旧住宅|老旧院落|院落|公建配套/, "完成【26个】老旧小区改造。", "完成7条背街小巷整治。"),
  rule("parks", "parks", undefined, /公园|绿地|绿化|园林|植物|绿道/, "新建口袋公园【5处】。", "新建桥梁5座。"),
  rule("environment", "environment", undefined, /造林|森林|植树|空气|PM2\.?5|水质|排放|碳|污染|生态|湿地|黑臭水体|水土流失|秸秆|锅炉|蓝天|优良天数|二氧化硫|需氧量|氨氮|氮氧化物|颗粒物|沙化|水断面|断面|尾气|禁燃|林木覆盖|覆盖率|绿色有机|无公害/, "完成人工造林【10万亩】。", "新建口袋公园10处。"),
  rule("energy", "energy", undefined, /电力|发电|光伏|风电|天然气|燃气|能源|装机|充电桩|充电站|供热|供暖|电网|煤|电力|用电|用气|千瓦/, "新建充电桩【500个】。", "新增公交车500辆。"),
  rule("transport", "transport", undefined, /公交|地铁|轨道交通|铁路|高铁|机场|港口|航线|码头|泊位|航道|停车|航班|客运|货运|物流|车辆|出租车|吞吐量|货邮|旅客|时速|班列|通航/, "新增公交车【50辆】。", "新建桥梁50座。"),
  rule("roads", "roads", undefined, /公路|道路|路网|县乡道|桥|候车亭|背街小巷|街巷|路面|高速|国道|省道|快速路|路口|人行道|街路|土路|街区|断头路|井盖|检查井/, "新建桥梁【6座】。", "新建口袋公园6处。"),
  rule("sanitation", "sanitation", undefined, /户厕|厕所|公厕|改厕|垃圾|污水|环卫|管网|雨污|管廊|再生水|填埋/, "新改建农村户厕【1764座】。", "新建桥梁1764座。"),
  rule("culture", "culture", undefined, /文化|文体|体育|演出|讲堂|图书馆|博物馆|书屋|健身|运动|赛事|文物/, "开展文化惠民演出活动【30场】。", "开展信访积案化解30件。"),
  rule("tourism", "tourism", undefined, /旅游|游客|景区|A级|民宿|酒店/, "接待游客【1000万人次】。", "培训农民1000万人次。"),
  rule("technology", "technology", undefined, /专利|研发|科技|创新平台|实验室|研究中心|研究院|院士|博士|人才|孵化器|众创空间|基站|5G|数据中心|算力|孵化|商标|名牌|标准化|智能|数字化|信息化|宽带|光纤|网络/, "新增省级以上创新平台【20个】。", "新增规上企业20家。"),
  rule("governance", "governance", undefined, /(?<!实)事项|审批|信访|矛盾|调解|案件|积案|行业|一业一证|窗口|网办|政务|政府服务|改革|申请材料|办结|时限/, "推进【19项】一业一证事项改革。", "新建桥梁19座。"),
  rule("agriculture", "agriculture", undefined, /粮食|蔬菜|生猪|出栏|种植|养殖|农业|乡村|农村|村|农产品|畜|禽|渔|水产|果|茶|合作社|家庭农场/, "生猪出栏【120万头】。", "新建桥梁120座。"),
  rule("projects", "projects", undefined, /项目|工程|实事/, "力争全年新开工项目【50个】。", "新增规上企业50家。"),
];

const kind = (id: string, category: Category, k: Kind, match: RegExp, example: string, counterExample: string): KindRule =>
  ({ id, category, kind: k, match, example, counterExample });

/** Kinds of counts, per category; first match among the category's entries wins. */
export const KIND_RULES: readonly KindRule[] = [
  kind("farmland-high-standard", "farmland", "high-standard", /高标准农田/, "新建高标准农田【7.58万亩】。", "开展8.2万亩全域国土综合整治项目。"),
  kind("farmland-consolidation", "farmland", "consolidation", /整治|整理|复垦/, "开展【8.2万亩】全域国土综合整治项目。", "新建高标准农田7.58万亩。"),
  kind("farmland-protection", "farmland", "protection", /保护|永久基本农田|耕地保有/, "耕地保有量稳定在【500万亩以上】。", "新建高标准农田500万亩。"),
  kind("farmland-improvement", "farmland", "improvement", /中低产田/, "改造中低产田【20万亩】。", "新建高标准农田20万亩。"),
  kind("jobs-training", "jobs", "training", /培训/, "就业创业培训【2000人】。", "城镇新增就业2000人。"),
  kind("jobs-positions", "jobs", "positions", /岗位/, "新增城镇就业岗位【4万个】。", "新增城镇就业4万人。"),
  kind("jobs-reemployment", "jobs", "reemployment", /失业人员|再就业|就业困难|困难人员/, "【6万名】失业人员实现就业。", "城镇新增就业6万人。"),
  kind("jobs-new-urban", "jobs", "new-urban", /城镇新增就业|新增城镇就业|新增就业|城镇就业/, "新增城镇就业【1.9万人】。", "农村劳动力转移就业1.9万人。"),
  kind("jobs-entrepreneurship", "jobs", "entrepreneurship", /创业/, "扶持创业【1000人】。", "新增就业1000人。"),
  kind("enterprises-above-scale", "enterprises", "above-scale", /规上|进规|规模以上/, "新增规上企业【41家】。", "新增高新技术企业41家。"),
  kind("enterprises-high-tech", "enterprises", "high-tech", /高新技术企业/, "高新技术企业【突破50家】。", "科技型中小企业160家。"),
  kind("enterprises-tech-sme", "enterprises", "tech-sme", /科技型中小企业/, "入库科技型中小企业【160家】。", "高新技术企业突破50家。"),
  kind("enterprises-specialised", "enterprises", "specialised", /专精特新|小巨人/, "培育专精特新“小巨人”企业【2家以上】。", "新增规上工业企业10家以上。"),
  kind("enterprises-leading", "enterprises", "leading", /500强|上市公司|头部|瞪羚|100强|龙头/, "争取引进头部企业或瞪羚企业【1—2家】。", "新增规上企业2家。"),
  kind("enterprises-by-output", "enterprises", "by-output", /产值/, "产值亿元以上企业达到【180家】。", "新增规上企业180家。"),
  kind("education-school-places", "education", "school-places", /学位/, "增加学位【500个】。", "新开办3所公办幼儿园。"),
  kind("education-kindergartens", "education", "kindergartens", /幼儿园/, "新开办【3所】公办幼儿园。", "新建扩建义务教育学校1所。"),
  kind("education-childcare", "education", "childcare", /托育|托位/, "新增托位【2000个】。", "增加学位2000个。"),
  kind("education-schools", "education", "schools", /学校|中学|小学/, "新建扩建义务教育学校【1所】。", "增加学位500个。"),
  kind("health-emergency", "health", "emergency", /急救/, "建设【11个】急救站点。", "新建卫生院11个。"),
  kind("health-elderly-care", "health", "elderly-care", /养老|老年|敬老|托老|适老/, "新建养老服务中心【2个】。", "建设11个急救站点。"),
  kind("health-clinics", "health", "clinics", /医院|卫生院|诊所|卫生室/, "新建乡镇卫生院【5个】。", "新建养老服务中心5个。"),
  kind("housing-old-communities", "housing", "old-communities", /老旧小区/, "改造中心城区老旧小区【60个】。", "改造棚户区60户。"),
  kind("housing-shanty-towns", "housing", "shanty-towns", /棚户区/, "改造棚户区【3000户】。", "改造老旧小区3000户。"),
  kind("housing-rental", "housing", "rental", /租赁|公租/, "筹集保障性租赁住房【1万套】。", "改造老旧小区1万套。"),
  kind("housing-dilapidated", "housing", "dilapidated", /危房/, "改造农村危房【500户】。", "改造老旧小区500个。"),
  kind("parks-pocket", "parks", "pocket-parks", /口袋公园/, "新建口袋公园【5处】。", "新建城市公园5处。"),
  kind("parks-green-space", "parks", "green-space", /绿地|绿化/, "新增城市绿地【30万平方米】。", "新建口袋公园30处。"),
  kind("parks-parks", "parks", "parks", /公园|园区/, "新建城市公园【5处】。", "新增城市绿地5万平方米。"),
  kind("roads-alleys", "roads", "alleys", /背街小巷|街巷/, "完成【7条】背街小巷整治。", "新建桥梁7座。"),
  kind("roads-bridges", "roads", "bridges", /桥/, "新建桥梁【6座】。", "完成7条背街小巷整治。"),
  kind("roads-shelters", "roads", "shelters", /候车亭/, "新建候车亭【47个】。", "新建桥梁47座。"),
  kind("roads-upgrade", "roads", "upgrade", /提档升级|升级/, "村级道路提档升级【30公里】。", "路网延伸连通工程80公里。"),
  kind("roads-connect", "roads", "connect", /连通|延伸/, "路网延伸连通工程【80公里】。", "村级道路提档升级30公里。"),
  kind("roads-build", "roads", "build", /新改建|新建|改建|建设|改造/, "新改建农村公路【310公里】。", "村级道路提档升级310公里。"),
  kind("water-drinking", "water", "drinking-water", /饮水|供水|自来水/, "解决【16.2万人】饮水难题。", "新建水库2座。"),
  kind("sanitation-toilets", "sanitation", "toilets", /户厕|厕所|公厕|改厕/, "新改建农村户厕【1764座】。", "新建垃圾中转站17座。"),
  kind("culture-sports", "culture", "sports", /体育|健身|运动|赛事/, "为【10个】村配送体育设施。", "开展市民大讲堂活动10场。"),
  kind("culture-lectures", "culture", "lectures", /讲堂/, "开展市民大讲堂活动【12场】。", "开展文化惠民演出活动12场。"),
  kind("culture-performances", "culture", "performances", /演出/, "开展文化惠民演出活动【30场】。", "开展市民大讲堂活动30场。"),
  kind("governance-petitions", "governance", "petitions", /信访|积案|矛盾|调解/, "完成信访积案化解【56件】。", "取消审批事项56项。"),
  kind("governance-services", "governance", "services", /(?<!实)事项|审批|一业一证|行业|申请材料|办结|时限/, "取消审批事项【50项以上】。", "完成信访积案化解50件。"),
  kind("agriculture-grain", "agriculture", "grain", /粮食/, "粮食总产量达到【25亿斤以上】。", "蔬菜种植面积达到25万亩。"),
  kind("agriculture-vegetables", "agriculture", "vegetables", /蔬菜/, "蔬菜种植面积达到【11.5万亩】。", "粮食总产量达到11.5亿斤。"),
  kind("agriculture-pigs", "agriculture", "pigs", /生猪|出栏/, "生猪出栏【120万头】。", "蔬菜种植面积达到120万亩。"),
  kind("agriculture-villages", "agriculture", "villages", /乡村|村/, "新建【20个】美丽乡村示范点。", "生猪出栏20万头。"),
  kind("environment-afforestation", "environment", "afforestation", /造林|植树|绿化/, "完成人工造林【10万亩】。", "空气优良天数300天。"),
  kind("transport-buses", "transport", "buses", /公交/, "新增公交车【50辆】。", "新建停车场50个。"),
  kind("projects-tech-upgrade", "projects", "tech-upgrade", /技改/, "力争全年技改项目入库达到【35个】。", "力争全年新开工项目35个。"),
  kind("projects-attract", "projects", "attract", /引进|招商|签约/, "力争引进亿元以上项目【100个】。", "力争全年新开工项目100个。"),
  kind("projects-start", "projects", "start", /新开工|开工/, "力争全年新开工项目【50个】。", "竣工项目50个。"),
  kind("projects-complete", "projects", "complete", /竣工|投产|建成/, "竣工(投产)项目【40个】。", "新开工项目40个。"),
  kind("projects-key", "projects", "key", /重点项目/, "获批省市级重点项目【13个以上】。", "新开工项目13个。"),
];
