/**
 * The words that name what a figure measures, as a set, for telling whether a target and a
 * result a year later speak of the same indicator. Words come from the Unicode word segmenter
 * that the JavaScript runtime maintains (Intl.Segmenter, ICU's dictionary for Chinese), after
 * names that mean the same thing are written one way (GDP, 全市生产总值 → 地区生产总值); words
 * that say when, whose or how much (全年, 全市, 同比, 达到, 以上) are dropped.
 */

/** Names of one indicator, the first the one all are written as. Kept as data: one line per indicator. */
export const INDICATOR_SYNONYMS: readonly (readonly string[])[] = [
  ["地区生产总值", "全市生产总值", "全省生产总值", "全州生产总值", "国内生产总值", "经济总量", "GDP", "生产总值"],
  ["规模以上工业增加值", "规上工业增加值", "规模工业增加值"],
  ["固定资产投资", "全社会固定资产投资", "固投"],
  ["社会消费品零售总额", "社零总额", "社零额"],
  ["一般公共预算收入", "地方一般公共预算收入", "地方公共财政预算收入", "公共财政预算收入", "地方财政一般预算收入"],
  ["城镇新增就业", "新增城镇就业", "城镇就业新增"],
  ["居民消费价格", "CPI", "物价"],
  ["城镇调查失业率", "调查失业率"],
  ["城镇登记失业率", "城镇居民登记失业率", "登记失业率"],
  ["进出口总额", "外贸进出口总额", "进出口贸易总额", "进出口贸易额", "外贸进出口"],
  ["出口", "外贸出口", "出口总额", "出口额"],
  ["实际利用外资", "实际使用外资"],
  ["实际到位内资", "实际利用内资", "到位内资", "利用内资"],
  // 总产 stands for 粮食总产 in a sentence about grain (粮食生产…再获丰收、总产达93.87亿斤).
  ["粮食产量", "粮食总产量", "粮食总产", "总产"],
  // Output value, whole: its sector (建筑业, 农业) is a word of its own beside it.
  ["总产值"],
  ["高标准农田", "高标准农田建设"],
  ["高校毕业生", "大学生", "高校学生"],
  ["单位地区生产总值能耗", "单位GDP能耗", "万元地区生产总值能耗", "万元GDP能耗", "能耗强度"],
];

/** Head words written two ways for one thing (黑土地保护项目, 黑土地保护工程). */
const HEADS: Readonly<Record<string, string>> = { 工程: "项目" };

/** Words that say when, whose, how or how much, not what: dropped before comparing. */
const STOP = new Set([
  "全年", "全市", "全省", "全州", "全县", "全区", "今年", "去年", "年内", "同比", "比上年", "可比", "增长", "增幅", "增速", "达到", "达",
  "实现", "完成", "保持", "保持在", "稳定", "稳定在", "控制", "控制在", "力争", "确保", "争取", "以上", "以内", "左右", "超过", "突破",
  "新增", "累计", "总量", "规模", "目标", "任务", "年度", "主要", "预期", "分别", "基本", "同步", "提高", "提升", "下降", "降低", "减少",
  "上涨", "涨幅", "降幅", "水平", "建设", "全面", "持续", "加快", "支持", "开展", "推进", "实施", "推动", "积极", "深入", "扎实", "全力",
  "组织", "举办", "创建", "打造", "培育", "重点", "新建", "建成", "改造", "年均", "接待", "分类",
]);

/** Words that set an indicator's scope or base: a target and a result that differ by one are not the same measure. */
const SCOPE = new Set(["市级", "省级", "国家级", "县级", "城镇", "农村", "城乡", "中心城区", "主城区", "规模以上", "限额以上", "工业", "服务业", "农业", "人均", "余额", "净增", "总数"]);
const SCOPE_WORDS = new RegExp([...SCOPE].sort((a, b) => b.length - a.length).join("|"), "g");
/** The same words, longest first, taken out before segmenting (the segmenter splits 同比 into 同, 比). */
const STOP_PHRASES = new RegExp([...STOP].sort((a, b) => b.length - a.length).join("|"), "g");

const SEGMENTER = new Intl.Segmenter("zh", { granularity: "word" });

/** Characters that make a name the head of a longer word (总产值, 出口值, 物价指数 stays 物价). */
const LONGER_WORD = "值|业";
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Writes each indicator's names one way, longest names first so 全市生产总值 is not read as 生产总值 twice. */
function canonical(label: string): string {
  const pairs = INDICATOR_SYNONYMS.flatMap((names) => names.map((n) => [n, names[0]] as const)).sort((a, b) => b[0].length - a[0].length);
  let out = label;
  const marks: string[] = [];
  for (const [name, first] of pairs) {
    if (!out.includes(name)) continue;
    // A placeholder keeps a replaced name from matching a shorter synonym again. A name that is
    // the head of a longer word is not that name: 总产 of 总产值 (output value) is no grain.
    const before = out;
    out = out.replace(new RegExp(`${escape(name)}(?!${LONGER_WORD})`, "g"), `\u0001${marks.length}\u0002`);
    if (out !== before) marks.push(first);
  }
  return out.replace(/\u0001(\d+)\u0002/g, (_, k) => ` ${marks[Number(k)]} `);
}

/** The words of a label that name what it measures. */
export function indicatorWords(label: string): Set<string> {
  const words = new Set<string>();
  const names = new Set(INDICATOR_SYNONYMS.map((n) => n[0]));
  // A quoted name (“一事联办”, “掌上办”) and a word of scope (市级, 中心城区) are one word each:
  // their characters are not to be matched apart.
  const quoted = label.replace(/[“"「]([^”"」]{1,12})[”"」]/g, (_, name: string) => {
    words.add(name);
    return " ";
  });
  // Names of indicators first (城镇登记失业率 whole), then words of scope in what is left.
  const scoped = canonical(quoted)
    .split(/\s+/)
    .flatMap((part) => (names.has(part) ? [part] : part.replace(SCOPE_WORDS, (w) => (words.add(w), " ")).split(/\s+/)));
  for (const part of scoped) {
    if (!part) continue;
    if (names.has(part)) {
      words.add(part);
      continue;
    }
    // Words of two or more characters carry the indicator. Characters the segmenter leaves alone
    // in a row (易/涝/点, 市/级: words its dictionary lacks) are read together as one word.
    let run = "";
    const flush = () => {
      if (run.length >= 2 && !STOP.has(run)) words.add(run);
      run = "";
    };
    for (const s of SEGMENTER.segment(part.replace(STOP_PHRASES, " "))) {
      const word = s.isWordLike && /[\u4e00-\u9fffA-Za-z]/.test(s.segment);
      if (word && s.segment.length === 1) {
        run += s.segment;
        continue;
      }
      flush();
      if (word && !STOP.has(s.segment)) words.add(HEADS[s.segment] ?? s.segment);
    }
    flush();
  }
  return words;
}

/** Words too general to name an indicator alone (企业 of 商贸企业 and of 高新技术企业). */
export const isGeneral = (word: string) => GENERAL.has(word);
const GENERAL = new Set(["企业", "项目", "资金", "产值", "总产值", "投资", "收入", "总额", "工程", "设施", "服务", "事项", "产业", "市场", "主体", "重点", "示范", "城市", "活动", "平台", "基地", "中心", "园区", "载体"]);

/**
 * Whether two indicators are the same, alike, rescoped or other (`bLists`, `aLists`: that label
 * enumerates several things, 、): the same when one's words hold
 * the other's (新增贷款 in 金融机构新增贷款) or they share most words, and no word of scope tells
 * them apart; rescoped when one does (市级以上 against 省级以上, 城镇 against 农村), or when the
 * first names a set of things (开工建设吉利新能源汽车、四川航天产业园等123个项目) that the second
 * counts no more of than its kind (开工建设450个项目); alike when they share some specific words.
 */
export function sameness(a: ReadonlySet<string>, b: ReadonlySet<string>, bLists = false, aLists = false): "same" | "alike" | "rescoped" | "other" {
  const j = likeness(a, b);
  if (j === 0) return "other";
  const differ = [...a].filter((w) => !b.has(w)).concat([...b].filter((w) => !a.has(w)));
  if (differ.some((w) => SCOPE.has(w))) {
    // 中心城区棚户区 against 城市棚户区: the same thing once the words of scope are set aside.
    const unscoped = (s: ReadonlySet<string>) => new Set([...s].filter((w) => !SCOPE.has(w)));
    return j >= 0.34 || likeness(unscoped(a), unscoped(b)) >= 0.5 ? "rescoped" : "other";
  }
  const within = [...a].every((w) => b.has(w)) || [...b].every((w) => a.has(w));
  if (aLists && !bLists && within && j < 0.34) return "rescoped";
  // One label's words inside a longer one's count, unless the longer lists several things
  // (上市 in 世界五百强、…、上市公司、专精特新企业共40家).
  if ((within && (j >= 0.34 || !bLists)) || j >= 0.6) return "same";
  return j >= 0.34 ? "alike" : "other";
}

/**
 * How alike two indicators are: the share of their words they have in common (Jaccard), or 0
 * when the words they share are only general ones (企业, 项目).
 */
export function likeness(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  let specific = false;
  for (const w of a) {
    if (!b.has(w)) continue;
    common++;
    if (!GENERAL.has(w)) specific = true;
  }
  return specific ? common / (a.size + b.size - common) : 0;
}
