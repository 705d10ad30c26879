import type { ChartDefinition, ChartInput, ChartRow, ChartSpec } from "../types.ts";
import { completionRows, dumbbellOptions, growthRows } from "../follow-up-chart.ts";
import { renderSvg } from "../render.ts";
import { CHART_WIDTHS } from "../widths.ts";
import { theme } from "../../theme.ts";

/** The line under a follow-up chart: both texts it reads. */
const sourceOf = (input: ChartInput) => `来源：${input.city}${input.year}年、${input.year + 1}年政府工作报告等原文；${theme.creditLine}`;

const said = (rows: readonly ChartRow[]) => rows.map((r) => `${r.label}：目标${r.figure}，结果${r.result!.figure}，${r.result!.statusName}`).join("；");

function chart(input: ChartInput, p: { id: string; title: string; subtitle: string; rows: ChartRow[]; unit: string; reference?: number; notes: string[] }): ChartSpec {
  const met = p.rows.filter((r) => r.result!.status === "met").length;
  return {
    id: p.id,
    form: "follow-up",
    year: input.year,
    placement: "more",
    title: p.title,
    subtitle: p.subtitle,
    coverage: `${p.rows.length}项可比的目标中${met}项完成，${p.rows.length - met}项未完成。`,
    description: `${p.title}。${said(p.rows)}。`,
    notes: p.notes,
    source: sourceOf(input),
    rows: p.rows,
    aside: null,
    widths: CHART_WIDTHS,
    svg: (variant, rel) => renderSvg(dumbbellOptions(p.rows, variant, rel, p.unit, p.reference), p.title),
  };
}

const COMMON = "只画出次年报告给出同一指标、同一计量方式结果的目标；只有文字说明、换了口径或没有再提的目标见完成情况页的总表。";

/**
 * What came of the year's targets, as the next year's report gives them: growth rates against
 * their targets, and amounts as a share of their targets. Nothing when no report follows.
 */
export const followUp: ChartDefinition = {
  id: "follow-up",
  placement: "more",
  build(input) {
    const views = input.promises ?? [];
    const charts: ChartSpec[] = [];
    const growth = growthRows(views);
    if (growth.length) {
      const missed = growth.filter((r) => r.result!.status === "missed").length;
      charts.push(
        chart(input, {
          id: "follow-up-growth",
          title: `${input.year}年${growth.length}项增速目标，${missed ? `${missed}项未达到` : "全部达到"}`,
          subtitle: `空心圆为${input.year}年的目标，实心为${input.year + 1}年报告给出的结果（圆点为完成，菱形为未完成），单位：%。`,
          rows: growth,
          unit: "%",
          notes: ["增速以原文为准：下降写作负数。写明“左右”的目标，结果在0.5个百分点以内即算完成。", COMMON],
        }),
      );
    }
    const amounts = completionRows(views);
    if (amounts.length) {
      const met = amounts.filter((r) => r.result!.status === "met").length;
      charts.push(
        chart(input, {
          id: "follow-up-amounts",
          title: `${input.year}年${amounts.length}项数量目标，${met}项完成`,
          subtitle: `${input.year + 1}年报告给出的结果占目标的百分比，100%为恰好完成（圆点为完成，菱形为未完成）。`,
          rows: amounts,
          unit: "%",
          reference: 100,
          notes: ["完成率＝结果÷目标，按原文的数和单位换算（万、亿）。写明“左右”的目标，结果在目标的97%以上即算完成。", COMMON],
        }),
      );
    }
    return { charts, facts: [] };
  },
};
