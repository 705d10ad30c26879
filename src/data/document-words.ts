import type { EditionEntry } from "../schemas/content.ts";

/** How pages name an edition's text and its parts: a list of targets, or a work report. */
export interface DocumentWords {
  /** 奋进清单 / 政府工作报告: after a year, in titles. */
  name: string;
  /** 清单 / 报告: in running text (清单原文, 报告原文). */
  short: string;
  /** The counter of its paragraphs: 条 of a list, 段 of a report. */
  part: string;
}

const WORDS: Record<"list" | "report", DocumentWords> = {
  list: { name: "奋进清单", short: "清单", part: "条" },
  report: { name: "政府工作报告", short: "报告", part: "段" },
};

/** The words for the edition's primary text (the one its places and charts are read from). */
export const documentWords = (edition: Pick<EditionEntry, "texts">): DocumentWords => WORDS[edition.texts[0]?.kind ?? "list"];
