import { ESTIMATE_WORDS, FORWARD_WORDS, FUTURE_WORDS, PAST_ASPECT, PAST_TIME } from "./lexicon.ts";

/**
 * Time and modality of a sentence: does it report what was done (a result) or say what is
 * to be done (a target)? Each cue is a word list with the reason it counts; the first cue
 * found is kept so the ledger can quote it.
 */
export interface TimeCues {
  /** A word placing the sentence in the past (去年, 一年来, 截至, 已, 完成了, a past year). */
  past: string | null;
  /**
   * Whether that word names the time itself (去年, 截至, 已经, a past year) rather than only an
   * aspect (了, 累计): a plan may say 我们确定了…实事, but never 去年 of its own targets.
   */
  pastIsTime: boolean;
  /** A word placing it in the plan (力争, 确保, 目标, 今年, 到2025年, the plan's year). */
  future: string | null;
  /**
   * A word that looks forward even inside a review (今年, 下一步, 力争, the plan's year):
   * 目标, 计划 and 年内 also describe last year's plan and do not.
   */
  forward: string | null;
  /** 预计全年…: an estimate of the year just ended, not a goal. */
  estimate: string | null;
}

const FUTURE = FUTURE_WORDS;
const FORWARD = FORWARD_WORDS;
const ESTIMATE = ESTIMATE_WORDS;
/** A year at the head of a clause (2013年，…; 在2013年): the time the clause speaks of. */
const CLAUSE_YEAR = /(?:^|[，,。；;：:\s在于])((?:19|20)\d{2})\s*年(?!底前|前|内|起|以来|以后|度?目标)/g;

/** The time cues of one sentence; `planYear` tells a past year (2013年) from the plan's (2014年). */
export function timeCues(sentence: string, planYear: number | null): TimeCues {
  const first = (res: readonly RegExp[]) => res.map((re) => re.exec(sentence)?.[0]).find((m) => m !== undefined) ?? null;
  let past = first(PAST_TIME);
  let pastIsTime = past !== null;
  past ??= first(PAST_ASPECT);
  let future = FUTURE.exec(sentence)?.[0] ?? null;
  let forward = FORWARD.exec(sentence)?.[0] ?? null;
  if (planYear !== null) {
    for (const m of sentence.matchAll(CLAUSE_YEAR)) {
      const year = Number(m[1]);
      if (year < planYear && !pastIsTime) {
        past = `${m[1]}年`;
        pastIsTime = true;
      }
      else {
        future ??= `${m[1]}年`;
        forward ??= `${m[1]}年`;
      }
    }
  }
  return { past, pastIsTime, future, forward, estimate: ESTIMATE.exec(sentence)?.[0] ?? null };
}
