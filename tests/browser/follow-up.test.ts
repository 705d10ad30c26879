/**
 * Were the targets met? The 2022 edition follows its targets into the 2023 report, in Chromium:
 * the finding first, the charts of target against result (page, embed, files), a table of every
 * target whose links land on both sentences, the downloads, and the link back from 2023.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useSiteInBrowser } from "../helpers/site";
import { DIST } from "../helpers/dist";

const promises = JSON.parse(readFileSync("content/2022/promises.json", "utf8")) as { items: { status: string; from: string; target: { quote: string }; result: { quote: string } | null }[] };
const fromReport = promises.items.filter((p) => p.from.endsWith("gongzuo-baogao.txt"));
const count = (status: string) => fromReport.filter((p) => p.status === status).length;

describe("the follow-up of 2022's targets", () => {
  const env = useSiteInBrowser();
  const open = async (path: string, width = 360) => {
    const page = await env.browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(new URL(path, env.site.url).href);
    return page;
  };

  it("the edition page says what came of its targets and links to the follow-up; 2023 links back", async () => {
    const page = await open("2022/");
    const callout = page.locator(".follow-up-callout");
    await expect(callout.textContent()).resolves.toContain(`${count("met")}项完成，${count("missed")}项未完成`);
    await callout.getByRole("link").click();
    await page.waitForURL(/\/2022\/follow-up\/$/);
    const back = await open("2023/");
    await expect(back.locator(".follow-up-callout").textContent()).resolves.toMatch(/2022年的目标完成了吗？/);
    await back.locator(".follow-up-callout a").click();
    await back.waitForURL(/\/2022\/follow-up\/$/);
    await page.close();
    await back.close();
  });

  it("opens with the finding and its counts, then the charts, then every target in a table", async () => {
    const page = await open("2022/follow-up/");
    await expect(page.locator("h1").textContent()).resolves.toBe(`2022年政府工作报告的${fromReport.length}项目标：${count("met")}项完成，${count("missed")}项未完成，${count("not-reported")}项次年报告未再提及`);
    await expect(page.locator(".key-figures .value").allTextContents()).resolves.toEqual(["met", "missed", "unclear", "not-reported"].map((s) => `${count(s)}项`));
    await expect(page.locator("figure.chart svg[role=group]").count()).resolves.toBe(2);
    // The report's table is open; the list's, folded, holds the rest: every target once.
    await expect(page.locator("table.promises").first().locator("tbody tr").count()).resolves.toBe(fromReport.length);
    await expect(page.locator("table.promises tbody tr").count()).resolves.toBe(promises.items.length);
    // Every status is in words, never a colour alone.
    const words = await page.locator("table.promises .status").allTextContents();
    expect(new Set(words)).toEqual(new Set(["完成", "未完成", "无法判断", "未再提及"]));
    await page.close();
  });

  it("a row's result link lands on the result, marked, in the 2023 report; its target link on the 2022 sentence", async () => {
    const page = await open("2022/follow-up/");
    const row = page.locator("table.promises tbody tr", { hasText: "地区生产总值同比增长8%以上" });
    await expect(row.locator(".status").textContent()).resolves.toBe("未完成");
    await row.locator("td").nth(1).getByRole("link").click();
    await page.waitForURL(/\/2023\/texts\/xiangyang-gongzuo-baogao\/#n-\d+$/);
    const landed = page.locator("mark.result:target");
    await landed.waitFor();
    await expect(landed.textContent()).resolves.toBe("5.4%");
    await expect(landed.isVisible()).resolves.toBe(true);
    await page.goBack();
    await page.locator("table.promises tbody tr", { hasText: "地区生产总值同比增长8%以上" }).locator("td").first().getByRole("link").click();
    await page.waitForURL(/\/2022\/texts\/xiangyang-gongzuo-baogao\/#n-\d+$/);
    const target = page.locator("mark.target:target");
    await target.waitFor();
    await expect(target.textContent()).resolves.toBe("8%以上");
    await page.close();
  });

  it("each follow-up chart has its page, embed and files; the embed's links open a new tab", async () => {
    for (const id of ["follow-up-growth", "follow-up-amounts"]) {
      const page = await open(`2022/charts/${id}/`, 1280);
      await expect(page.locator("h1").textContent()).resolves.toMatch(/^2022年\d+项/);
      await expect(page.locator(".chart-data table tbody tr").count()).resolves.toBeGreaterThan(3);
      const svg = readFileSync(join(DIST, `2022/charts/${id}/${id}.svg`), "utf8");
      expect(svg).toContain("<svg");
      const csv = readFileSync(join(DIST, `2022/charts/${id}/${id}.csv`), "utf8");
      expect(csv.split("\n")[0]).toContain("result_figure");
      const embed = await open(`2022/embed/${id}/`);
      const links = embed.locator("svg a");
      expect(await links.count()).toBeGreaterThan(3);
      await expect(links.first().getAttribute("target")).resolves.toBe("_blank");
      await page.close();
      await embed.close();
    }
  });

  it("promises.csv and promises.json are downloads of every target, linked from the data page", async () => {
    const page = await open("2022/data/");
    for (const file of ["promises.csv", "promises.json"]) {
      const href = await page.locator(`a[href$="${file}"]`).first().getAttribute("href");
      const response = await page.request.get(new URL(href!, page.url()).href);
      expect(response.status()).toBe(200);
      const body = await response.text();
      if (file.endsWith(".json")) expect(JSON.parse(body).items).toHaveLength(promises.items.length);
      else expect(body.replace(/^\uFEFF/, "").trim().split("\n")).toHaveLength(promises.items.length + 1);
    }
    await page.close();
  });
});
