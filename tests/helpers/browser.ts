/**
 * Browser helpers for tests/browser/**: launch Chromium via playwright-core (no Playwright
 * browser download; which Chromium and which fonts: ./chromium.ts), load a page while
 * collecting problems, detect horizontal overflow, and run axe-core.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import type { AxeResults, Result as AxeResult, RunOptions } from 'axe-core';
import { chooseChromium, type ChromiumChoice } from './chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-gpu',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** Launches the Chromium chooseChromium() picks (or `choice`), with its fonts and libraries. */
export async function launchBrowser(choice?: ChromiumChoice): Promise<Browser> {
  const c = choice ?? (await chooseChromium());
  try {
    return await chromium.launch({ executablePath: c.executablePath, headless: true, args: CHROMIUM_ARGS, env: { ...process.env, ...c.env }, timeout: 120_000 });
  } catch (err) {
    throw new Error(
      `Could not launch Chromium at ${c.executablePath} (${c.source}; set CHROMIUM_PATH to another, ` +
        `or NO_SYSTEM_CHROMIUM=1 for the one npm installs).\n${(err as Error).message}`,
    );
  }
}

export interface CheckOptions {
  /** Viewport width in CSS px. */
  width: number;
  /** Viewport height in CSS px (default 800). */
  height?: number;
  /** Navigation timeout in ms (default 30s). */
  timeout?: number;
}

export interface OverflowOffender {
  selector: string;
  right: number;
  width: number;
}

export interface PageReport {
  url: string;
  width: number;
  status: number | null;
  /** console.error messages and uncaught page exceptions. */
  consoleErrors: string[];
  /** Requests that failed at network level or got an HTTP status >= 400. */
  failedRequests: string[];
  overflow: {
    scrollWidth: number;
    clientWidth: number;
    /** Deepest elements sticking out past the right edge of the viewport (max 10). */
    offenders: OverflowOffender[];
  } | null;
}

/**
 * Navigate `page` to `url` at the given viewport width and collect problems.
 * Does not assert; use the `format*` helpers to build readable failure messages.
 */
export async function checkPage(page: Page, url: string, opts: CheckOptions): Promise<PageReport> {
  const report: PageReport = { url, width: opts.width, status: null, consoleErrors: [], failedRequests: [], overflow: null };

  const onConsole = (msg: import('playwright-core').ConsoleMessage) => {
    if (msg.type() !== 'error') return;
    const loc = msg.location();
    const where = loc?.url ? ` (${loc.url}:${loc.lineNumber}:${loc.columnNumber})` : '';
    report.consoleErrors.push(`console.error: ${msg.text()}${where}`);
  };
  const onPageError = (err: Error) => report.consoleErrors.push(`uncaught: ${err.stack || err.message}`);
  const onRequestFailed = (req: import('playwright-core').Request) =>
    report.failedRequests.push(`${req.method()} ${req.url()} -> ${req.failure()?.errorText ?? 'failed'}`);
  const onResponse = (res: import('playwright-core').Response) => {
    if (res.status() >= 400) report.failedRequests.push(`${res.request().method()} ${res.url()} -> HTTP ${res.status()}`);
  };

  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('requestfailed', onRequestFailed);
  page.on('response', onResponse);
  try {
    await page.setViewportSize({ width: opts.width, height: opts.height ?? 800 });
    const res = await page.goto(url, { waitUntil: 'load', timeout: opts.timeout ?? 30_000 });
    report.status = res?.status() ?? null;
    // Let late requests (lazy images, client scripts) settle, but don't hang on them.
    await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    report.overflow = await measureOverflow(page);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('requestfailed', onRequestFailed);
    page.off('response', onResponse);
  }
  return report;
}

/** Returns null if the page does not scroll horizontally, else details. */
export async function measureOverflow(page: Page): Promise<PageReport['overflow']> {
  return page.evaluate(() => {
    const de = document.documentElement;
    const { scrollWidth, clientWidth } = de;
    if (scrollWidth <= clientWidth) return null;

    const describe = (el: Element): string => {
      const parts: string[] = [];
      let cur: Element | null = el;
      while (cur && cur !== de && parts.length < 4) {
        let s = cur.tagName.toLowerCase();
        if (cur.id) {
          parts.unshift(`${s}#${cur.id}`);
          break;
        }
        const cls = [...cur.classList].filter((c) => !c.startsWith('astro-')).slice(0, 2);
        if (cls.length) s += '.' + cls.join('.');
        parts.unshift(s);
        cur = cur.parentElement;
      }
      return parts.join(' > ');
    };

    const sticking = [...document.body.querySelectorAll('*')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.right > clientWidth + 0.5;
    });
    // Keep the deepest offenders: drop elements that contain another offender.
    const deepest = sticking.filter((el) => !sticking.some((o) => o !== el && el.contains(o)));
    return {
      scrollWidth,
      clientWidth,
      offenders: deepest.slice(0, 10).map((el) => {
        const r = el.getBoundingClientRect();
        return { selector: describe(el), right: Math.round(r.right), width: Math.round(r.width) };
      }),
    };
  });
}

// ---------------------------------------------------------------- axe-core

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

function getAxeSource(): string {
  if (axeSource === undefined) {
    const dir = path.dirname(require.resolve('axe-core'));
    axeSource = readFileSync(path.join(dir, 'axe.min.js'), 'utf8');
  }
  return axeSource;
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Inject axe-core (from node_modules, no network) and return its violations. */
export async function runAxe(page: Page, options: RunOptions = {}): Promise<AxeResult[]> {
  const hasAxe = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!hasAxe) {
    try {
      await page.addScriptTag({ content: getAxeSource() });
    } catch {
      // e.g. a strict Content-Security-Policy: evaluate via DevTools instead (not subject to CSP).
      await page.evaluate(getAxeSource());
    }
  }
  const runOptions: RunOptions = { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'], ...options };
  const results = await page.evaluate(
    (opts) => (window as unknown as { axe: { run(ctx: Document, o: unknown): Promise<AxeResults> } }).axe.run(document, opts),
    runOptions as unknown as Record<string, unknown>,
  );
  return results.violations;
}

// ---------------------------------------------------------------- messages

export function formatViolations(violations: AxeResult[]): string {
  if (!violations.length) return 'no axe violations';
  const lines = [`${violations.length} axe violation(s):`];
  for (const v of violations) {
    lines.push(`  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help}`);
    lines.push(`      ${v.helpUrl}`);
    for (const node of v.nodes.slice(0, 8)) {
      const target = node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(', ');
      const summary = (node.failureSummary ?? '')
        .split('\n')
        .map((s) => s.trim())
        .filter((s) => s && !/^Fix (any|all) of the following:?$/i.test(s))
        .slice(0, 2)
        .join('; ');
      lines.push(`      - ${target}${summary ? `  — ${summary}` : ''}`);
    }
    if (v.nodes.length > 8) lines.push(`      … and ${v.nodes.length - 8} more node(s)`);
  }
  return lines.join('\n');
}

export function formatOverflow(o: PageReport['overflow']): string {
  if (!o) return 'no horizontal overflow';
  const lines = [`horizontal overflow: scrollWidth ${o.scrollWidth}px > clientWidth ${o.clientWidth}px; elements past the right edge:`];
  for (const e of o.offenders) lines.push(`  - ${e.selector} (right edge ${e.right}px, width ${e.width}px)`);
  return lines.join('\n');
}

export function formatList(title: string, items: string[]): string {
  return items.length ? `${title} (${items.length}):\n${items.map((s) => `  - ${s}`).join('\n')}` : `no ${title}`;
}

/** One readable block describing everything wrong with a page (empty string if nothing). */
export function formatProblems(report: PageReport, violations: AxeResult[] = []): string {
  const parts: string[] = [];
  if (report.status !== null && report.status >= 400) parts.push(`page responded HTTP ${report.status}`);
  if (report.consoleErrors.length) parts.push(formatList('console errors', report.consoleErrors));
  if (report.failedRequests.length) parts.push(formatList('failed requests', report.failedRequests));
  if (report.overflow) parts.push(formatOverflow(report.overflow));
  if (violations.length) parts.push(formatViolations(violations));
  return parts.length ? `${report.url} @ ${report.width}px\n${parts.join('\n')}` : '';
}

/**
 * Problems with the charts of a page (or a frame, as in a replay): each figure must show a
 * graphic with a size (responsive variants hidden by CSS do not count), and images must load.
 */
export async function chartProblems(target: Page | Frame): Promise<{ figures: number; problems: string[] }> {
  return target.evaluate(async () => {
    const figures = [...document.querySelectorAll('figure')];
    const problems: string[] = [];
    for (const [i, fig] of figures.entries()) {
      fig.scrollIntoView();
      // Top-level graphics only: an <svg> nested in a chart's SVG is part of it.
      const graphics = [...fig.querySelectorAll('svg, img')].filter((g) => !g.parentElement?.closest('svg'));
      const shown = graphics.filter((g) => g.checkVisibility());
      const label = `figure ${i + 1} (${fig.querySelector('figcaption')?.textContent?.trim().slice(0, 40) ?? 'no caption'})`;
      if (graphics.length && !shown.length) problems.push(`${label}: no chart graphic is displayed`);
      for (const g of shown) {
        if (g instanceof HTMLImageElement) await g.decode().catch(() => {});
        const r = g.getBoundingClientRect();
        const broken = g instanceof HTMLImageElement && g.naturalWidth === 0;
        if (r.width === 0 || r.height === 0 || broken) {
          problems.push(`${label}: <${g.tagName.toLowerCase()}${g instanceof HTMLImageElement ? ` src="${g.getAttribute('src')}"` : ''}> is ${r.width}×${r.height}${broken ? ', image did not load' : ''}`);
        }
      }
    }
    return { figures: figures.length, problems };
  });
}
