/**
 * Word lists that several rules share, kept in one place so that they cannot drift apart.
 * Each is a regular expression source, anchored by the rule that uses it.
 */

/** Verbs that deliver something countable: 新建三所学校, 完成66个老旧小区改造. */
export const DELIVERY_VERBS =
  "新建|新增|建成|建设|完成|引进|开办|改造|培育|新改建|改扩建|新改扩建|增加|达到|实现|打造|创建|安装|配备|配送|提供|解决|培训|开通|新开|修建|铺设|整治|提升|建立";

/** Verbs and adverbs that may stand right before a counted figure in a list member. */
export const LIST_VERBS = `${DELIVERY_VERBS}|实施|推进|加快|开展|启动|支持|推动|争取|力争|确保|全年|选取|以及|和|及|与|或`;

/** Words that open a phrase without saying what is counted: 力争, 确保, 全年 … */
export const FILLERS =
  "[-*+•·]\\s*|[一二三四五六七八九十]{1,3}[、.．]|\\d{1,2}[.、．](?!\\d)|[（(][一二三四五六七八九十\\d]{1,3}[）)]|力争|确保|争取|努力|要|将|计划|全年|年内|今年|\\d{4}年度?|全面|持续|加快|积极|大力|深入|扎实|高质量|其中|并|和|及|对|为|按照|实现|推动|推进";

/** Verbs that say only what happens to a figure, not what it counts (提档升级120公里 says nothing of roads). */
export const BARE_VERBS =
  `${DELIVERY_VERBS}|${FILLERS}|提档升级|升级|延伸|连通|增长|提高|下降|降低|减少|控制在|保持|稳定在|突破|超过|达|为|是|的|约|近|以上|左右|任务|目标|年度|规模|总量|累计|建筑面积|占地面积|总面积|面积|全长|总长|长度|容量|惠及|受益|带动|覆盖|居民|群众|人口|户数`;

export const CJK = /[\u4e00-\u9fff]/;
