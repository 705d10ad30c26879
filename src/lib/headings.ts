import { unitNameOf } from "./unit-headers.ts";

/**
 * How a heading is marked. Numbered styles are named by their numbering (一、 （一） 1. （1）),
 * others by their decoration; the outline ranks styles by first appearance, as
 * reStructuredText ranks its underline styles, so no text's numbering scheme is assumed.
 */
export type HeadingStyle =
  | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
  | "bold" | "plain" | "dash"
  // 【宛城区】 and ◆ 邓州市: a title set in brackets or after a bullet mark.
  | "bracket" | "bullet"
  | "cn" | "paren-cn" | "arabic" | "paren-arabic" | "circled" | "part"
  // 附件：…, 附表 2: what follows is an appendix, outlined on its own under this heading.
  | "appendix";

export interface Heading {
  style: HeadingStyle;
  /** The title without numbering, emphasis or its closing stop. */
  title: string;
  /** Whether body text follows the title on the same line (（一）优化发展现代农业。高度重视…). */
  hasBody: boolean;
  numbered: boolean;
}

/** Numbering at the start of a heading, with the style it stands for. Order matters: 第一部分 before 一、. */
const NUMBERINGS: readonly [HeadingStyle, RegExp][] = [
  ["part", /^第[一二三四五六七八九十]{1,3}(?:部分|章|节|篇)[\s、：:]*/],
  ["cn", /^[一二三四五六七八九十]{1,3}\s*[、．.]\s*/],
  ["paren-cn", /^[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]\s*/],
  ["arabic", /^\d{1,2}\s*(?:[、．]|\.(?!\d))\s*/],
  ["paren-arabic", /^[（(]\s*\d{1,2}\s*[）)]\s*/],
  ["circled", /^[①-⑳]\s*/],
];

/** Ends a heading's title inside a numbered line: the first full stop or colon. */
const TITLE_END = /[。！？；!?;：:]/;
const EMPHASIS = /\*\*|__/g;
/** Longest plain line still read as a title; longer lines are paragraphs. */
const PLAIN_MAX = 30;
const BOLD_MAX = 60;

/**
 * Reads one line as a heading, or returns null for a paragraph. Titles in official texts are
 * numbered (一、 （一） 1.), set in bold or Markdown #, or are short lines with no sentence
 * punctuation (市十六届人民政府工作回顾). A numbered line may carry its body after the title.
 */
export function readHeading(line: string): Heading | null {
  let t = line.trim();
  if (t === "") return null;
  if (/^[|｜]/.test(t)) return null; // a table row
  let md: HeadingStyle | null = null;
  const hashes = /^(#{1,6})\s+/.exec(t);
  if (hashes) {
    md = `h${hashes[1].length}` as HeadingStyle;
    t = t.slice(hashes[0].length);
  }
  // **…** around the whole line, or around its first part (**（一）标题。**正文).
  let boldWhole = false;
  const bold = /^(\*\*|__)(.+?)\1/.exec(t);
  let lead = t;
  if (bold) {
    lead = bold[2].trim();
    boldWhole = t.slice(bold[0].length).trim() === "";
  }
  const numbering = NUMBERINGS.find(([, re]) => re.test(lead));
  if (numbering) {
    const [style, re] = numbering;
    const rest = lead.replace(re, "");
    const afterBold = bold ? t.slice(bold[0].length).trim() : "";
    const stop = TITLE_END.exec(rest);
    const title = clean(stop ? rest.slice(0, stop.index) : rest);
    if (title === "") return null;
    const body = (stop ? rest.slice(stop.index + 1) : "") + afterBold;
    return { style, title, hasBody: clean(body) !== "", numbered: true };
  }
  const whole = clean(bold && boldWhole ? lead : t);
  const appendix = APPENDIX.exec(whole);
  if (appendix) return { style: "appendix", title: appendix[1].trim() || whole.replace(/[：:]$/, ""), hasBody: false, numbered: false };
  // ——2023年1月4日在铁岭市第九届人民代表大会第三次会议上, 市长 李文飙: the occasion and the speaker
  // open the text; taken for headings they would rank above the report's own sections.
  if (BYLINE.test(whole.replace(/^[—―-]+/, ""))) return null;
  if (md) return whole ? { style: md, title: whole, hasBody: false, numbered: false } : null;
  if (bold && boldWhole) {
    if (whole.length > BOLD_MAX || /[，,、]$/.test(whole) || /[。！？；!?;]./.test(whole)) return null;
    if (/[，,]/.test(whole) && /[。！？!?]$/.test(whole)) return null; // an emphasised sentence, not a title
    return { style: "bold", title: whole.replace(/[。！？!?：:]$/, ""), hasBody: false, numbered: false };
  }
  if (bold) return null; // bold words opening a paragraph
  // ——经济发展持续提速。: a dash-led line that titles the paragraphs after it.
  const dash = /^[—―]{1,2}([^。！？；]{2,28})[。！？]?$/.exec(whole);
  if (dash) return { style: "dash", title: dash[1].trim(), hasBody: false, numbered: false };
  // 【宛城区】, 〖宛城区〗: a bracketed title; words after the bracket are its body on the same line.
  const bracket = /^[【〖]([^【】〖〗]{1,28})[】〗]\s*(.*)$/.exec(whole);
  if (bracket && /[\u4e00-\u9fff]/.test(bracket[1]) && !/[。！？；!?;]/.test(bracket[1])) {
    return { style: "bracket", title: bracket[1].trim(), hasBody: bracket[2].trim() !== "", numbered: false };
  }
  // ◆ 邓州市, ■ 重点项目: a short line after a bullet mark with no sentence in it; ◆ 新建学校3所。 is an item.
  const bullet = /^[◆◇■□●○▲△★☆◎►▶※❖]\s*([^。！？；!?;]{2,30})$/.exec(whole);
  if (bullet && !/[，,、]$/.test(bullet[1])) return { style: "bullet", title: bullet[1].replace(/[：:]$/, "").trim(), hasBody: false, numbered: false };
  if (whole.length > PLAIN_MAX) return null;
  // 枣阳市： — a place's name as a label line, its colon opening the lines under it (各位代表： is a salutation).
  const label = /^([^。！？；!?;：:，,、]{2,12})[：:]$/.exec(whole);
  if (label && unitNameOf(label[1].trim())) return { style: "plain", title: label[1].trim(), hasBody: false, numbered: false };
  if (/[。！？；!?;：:]/.test(whole) || /[，,、]$/.test(whole)) return null;
  if (/^[“"《（(\[【—-]/.test(whole)) return null; // a quotation, a bracketed note or a subtitle
  if (!/[\u4e00-\u9fff]/.test(whole)) return null;
  if (/^[-\d.,]+\s*(?:万|亿)*[\u4e00-\u9fff]{0,4}$/.test(whole)) return null; // a figure on its own line
  return { style: "plain", title: whole, hasBody: false, numbered: false };
}

/** 附件：2023年民生实事, 附表1 主要指标, 附录: a line that opens an appendix, with what it is called. */
const APPENDIX = /^(?:附件|附表|附录|附)\s*[一二三四五六七八九十\d]*\s*[：:]?\s*([^。！？；!?;]{0,30})$/;

/** An occasion (a date and the meeting) or a speaker's line, at the head of a speech or report. */
const BYLINE = /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.{0,40}(?:会议|大会|会上)上?|在.{2,40}(?:会议|大会)上|[\u4e00-\u9fff]{0,14}?(?:代)?(?:市长|省长|州长|区长|县长|盟长|旗长|主席|副市长|副省长)\s+[\u4e00-\u9fff·]{2,6})[)）]?$/;

function clean(s: string): string {
  return s.replace(EMPHASIS, "").trim();
}
