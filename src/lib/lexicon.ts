/**
 * The words the reader's rules share, each list written once (as pinyin-pro keeps its
 * dictionaries as data files that code imports). A rule that needs a list imports it from here;
 * none spells a list of its own, so a word added here reaches every rule at once. Each export is
 * a regular-expression source (an alternation), anchored by the rule that uses it, or a RegExp.
 */

const alt = (words: readonly string[]) => words.join("|");

// ── Places ────────────────────────────────────────────────────────────────────────────────

/** Suffixes of development zones, longest first so that 经开区 wins over 区. */
export const ZONE_SUFFIXES = [
  "高新技术产业开发区", "经济技术开发区", "经济开发区", "产业集聚区", "开发区", "高新区", "经开区", "新区",
  "示范区", "试验区", "保税区", "管理区", "合作区", "园区",
] as const;

/** Administrative suffixes (GB/T 2260 levels and below), longest first. */
export const ADMIN_SUFFIXES = ["自治县", "自治州", "自治旗", "街道", "林区", "特区", "地区", "市", "县", "区", "旗", "盟", "州", "镇", "乡"] as const;

/** Every suffix a place's name may end with. */
export const PLACE_SUFFIX = alt([...ZONE_SUFFIXES, ...ADMIN_SUFFIXES]);

/** Suffixes a short form drops (枣阳市 → 枣阳, 南漳县 → 南漳). */
export const SHORTENABLE_SUFFIX = alt(["自治县", "自治旗", "自治州", "林区", "特区", "地区", "市", "县", "区", "旗", "盟", "州"]);

/**
 * Words that end like a place but name a kind of area, not one place (城区, 市辖区, 园区), or
 * all of them (各县区). The gazetteer lists some of them (城区, 矿区), which is why they are
 * listed here. A numeral and a suffix alone (三区 of 三区三线, 两县) count areas.
 */
export const GENERIC_PLACES = new RegExp(
  "^(?:城区|新城区|老城区|主城区|中心城区|市辖区|郊区|矿区|工矿区|市中区|市区|县城|城镇|社区|辖区|园区|工业园区|产业园区|景区|片区|省市|县区|县市区|县市|市县|各县|各区|各市|开发区|新区|示范区|试验区|保税区|集聚区|" +
    "[一二两三四五六七八九十]{1,2}(?:区|县|市)|" +
    // A direction names a group of places: 东部县, 中西部县, 南部各区.
    "(?:东|西|南|北|中|中西|东南|西南|东北|西北)部?各?(?:县|区|市|县区|县市|县市区)|" +
    // A qualifier in front names a class of places: 国家级高新区, 省级开发区, 城市新区.
    "(?:国家级|省级|市级|县级|各级|各类|所有|全部|城市|农村|乡村|重点|特色|其他|其余)[\\u4e00-\\u9fff]{0,4})$",
);

/**
 * Zones a city has one of, named without a prefix in its own report (高新区工业总产值突破5500
 * 亿元, 经开区重点启动建设…): a place when they head a clause, unlike the generic 开发区 or 园区.
 */
export const CITY_ZONES = new RegExp(`^(?:高新区|经开区|经济技术开发区|高新技术产业开发区|国家高新区)$`);

/**
 * Words for an area inside the city that a text compares with named places (州直 beside 塔城地区:
 * the counties under the prefecture's direct rule).
 */
export const AREA_WORDS = /^(?:州直|盟直)$/;

/**
 * Words for the whole of what the text governs: a clause they head belongs to the whole text,
 * whatever place headed the clauses before it (…，全市新增就业5万人).
 */
export const WHOLE_TEXT = /^(?:市本级|州本级|市直|全市|全州|全省|全区|全县|全盟|全旗|全域|我市|我州|我省|我区|我县|本市|全市域|市域|州域|县域|省内|全自治区|全自治州|各县市区|各县（市、区）|各县(?:（市）|\(市\))|各地|各市州|各县区|各区县|县（市、区）|县\(市、区\))/;

/** Products and brands named after a place (五常大米, 庆阳苹果品种): the place is not their owner. */
export const PRODUCT_WORDS = alt([
  "大米", "香米", "小米", "品种", "品牌", "牌", "系列", "特产", "苹果", "柑橘", "脐橙", "茶叶", "红茶", "绿茶", "白酒", "黄酒",
  "牛肉", "羊肉", "黄牛", "肉牛", "牦牛", "山羊", "绵羊", "土豆", "马铃薯", "辣椒", "花椒", "核桃", "红枣", "葡萄酒", "葡萄", "西瓜", "蜂蜜",
  "商标", "地理标志", "模式", "经验", "样板", "精神", "号",
]);

/** Institutions named after a place (澧县人民医院, 金沙县中学): the place is their name, not the subject. */
export const INSTITUTION_WORDS = alt(["人民医院", "中医院", "医院", "妇幼保健院", "中学", "小学", "大学", "学院", "学校", "人民政府", "政府", "委员会", "公司", "集团", "银行"]);

// ── Verbs ──────────────────────────────────────────────────────────────────────────────────

/** Verbs that deliver something countable: 新建三所学校, 完成66个老旧小区改造. */
export const DELIVERY_VERBS =
  "新建|新增|建成|建设|完成|引进|开办|改造|培育|新改建|改扩建|新改扩建|增加|达到|实现|打造|创建|安装|配备|配送|提供|解决|培训|开通|新开|修建|铺设|整治|提升|建立";

/** Verbs and adverbs that may stand right before a counted figure in a list member. */
export const LIST_VERBS = `${DELIVERY_VERBS}|实施|推进|加快|开展|启动|支持|推动|争取|力争|确保|全年|选取|以及|和|及|与|或`;

/** Words of intent that follow a place setting its own goals: X县提出…, Y市要…, Z区力争…. */
export const INTENT_WORDS = "提出|要|将|力争|计划|确保|争取|的目标|目标|今年|明确|表示|：|:";

/** Verbs whose object is the place a clause is about: 支持凌海市建设…, 推动北票市…. */
export const SUPPORT_VERBS = "支持|推动|鼓励|指导|帮助|引导|推进|推动|督促|扶持";

/**
 * Words that open a clause before its subject without being part of it. Verbs are not among
 * them: a place after 加快 or 推进 names where a project stands, not who acts.
 */
export const CLAUSE_OPENERS = "其中|另外|此外|同时|而|在|对|由|使|让|力争|确保|争取|要|今年|全年|年内|明年";

/** Words of action or manner that a place's name never holds (不断壮大产业园区 is no zone). */
export const NOT_NAME_WORDS = /^[—―-]|启动|开展|开工|谋划|筹建|规划|抓好|办好|做好|搞好|建好|管好|用好|不断|壮大|加快|推进|建设|提升|打造|发展|培育|支持|实施|做[大强优实]|优化|推动|创建|争创|围绕|依托|聚焦|统筹|加强|深化|完善|积极|大力|全面|持续|新建|改造|引进|强化|整合|理顺|降低|立足|制定|出台|通过|抓住|借助|利用|促进|提高|扩大|鼓励|引导|规范|落实|实现|保障|完成|组织|确保|力争|争取|建成|建立|设立|成立|扩区|调区|升级|创新|传统|核心|重点|各类|全部|所有|现有|新型|四大|三大|两大|五大|六大/;

/**
 * A named facility or project and what happened to it (…展销中心开业运营, …项目竣工投产): a
 * place before it names where it stands; the clause is about the facility, not the place's goals.
 */
export const FACILITY_EVENT = /(?:中心|园|港|基地|项目|工程|公司|厂|站|馆|医院|学校|大学|学院|村|街区|小镇|景区|商场|市场|平台|仓|线|路|桥)(?:[一二三四五六七八九]期)?(?:正式|顺利|成功)?(?:开业|运营|投产|竣工|开工|建成|落地|挂牌|启用|通车|投用|获批|获评|入选|被评为|被命名|创建|列入|晋升|签约)/;

/** Words that open a phrase without saying what is counted: 力争, 确保, 全年 … */
export const FILLERS =
  "\\*\\*|__|[一二三四五六七八九十]是|[-*+•·]\\s*|[一二三四五六七八九十]{1,3}[、.．]|\\d{1,2}[.、．](?!\\d)|[（(][一二三四五六七八九十\\d]{1,3}[）)]|力争|确保|争取|努力|要|将|计划|全年|年内|今年|\\d{4}年度?|全面|持续|加快|积极|大力|深入|扎实|高质量|其中|并|和|及|而|则|的?目标(?:是|为)[:：]?|对|为|按照|实现|推动|推进";

/** Verbs that say only what happens to a figure, not what it counts (提档升级120公里 says nothing of roads). */
export const BARE_VERBS =
  `${DELIVERY_VERBS}|${FILLERS}|提档升级|升级|延伸|连通|增长|提高|下降|降低|减少|控制在|保持|稳定在|突破|超过|达|为|是|的|约|近|以上|左右|任务|目标|年度|规模|总量|累计|建筑面积|占地面积|总面积|面积|全长|总长|长度|容量|惠及|受益|带动|覆盖|居民|群众|人口|户数|分别|均|各`;

// ── Time ───────────────────────────────────────────────────────────────────────────────────

/** Words that place a sentence in the past by naming its time (去年, 一年来, 截至, 已经). */
export const PAST_TIME: readonly RegExp[] = [
  /过去(?:的)?[一二两三四五]年|[一二两三四五]年来|一年来|(?<![比较同与])去年|上一年|上年度|过去一年/,
  /截至|截止(?:到)?(?:目前|\d|去年|年底|上年)/,
  /已经|业已|(?<![不而早尚])已(?=[\u4e00-\u9fff])(?!于|有)/,
];

/** Aspect words that mark a completed action, only outside a plan (了, 累计). */
export const PAST_ASPECT: readonly RegExp[] = [
  /累计/,
  // 了 after a verb marks a completed action; 为了, 除了, 了解 are other words.
  /(?<![为除罢不得受])了(?![解结])/,
];

/** Words that place a sentence in the plan (力争, 确保, 目标, 今年, 到2025年). */
export const FUTURE_WORDS = /力争|确保|争取|预期|目标|今年|明年|年内|年底前|拟|计划(?!生育|经济|单列)|(?:到|至)(?:本届|20\d{2}\s*年)/;

/** Words that look forward even inside a review (今年, 下一步); 目标 and 计划 also describe last year's plan. */
export const FORWARD_WORDS = /今年|明年|下一步|今后|力争|未来/;

/** Words that give a heading the plan's time. */
export const PLAN_TIME_WORDS = /今年|明年|今后|未来|下一步/;

/** 预计全年…: an estimate of the year just ended, not a goal. */
export const ESTIMATE_WORDS = /预计(?!到)/;

/**
 * The state of things now or before (先期开复项目305个, 现有企业, 目前): a figure that says where
 * things stand, not where they are to go.
 */
export const PRESENT_STATE = /(?:先期|现有|目前|当前|现已|眼下|此前|前期已)$/;

export const CJK = /[\u4e00-\u9fff]/;

/** How a change is compared, written before its verb (同比增长, 同口径增长, 按可比价格计算增长): no subject of its own. */
export const CHANGE_BASIS = "同比|比上年|较上年|比去年|较去年|同口径|按同口径|可比口径|按可比口径|可比|按可比价格计算|按可比价计算";
