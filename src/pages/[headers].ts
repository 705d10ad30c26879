import type { APIRoute } from "astro";
import { chartPaths } from "../data/charts.ts";
import { contentSecurityPolicy } from "../data/csp.ts";
import { COPY_CODE_SCRIPT } from "../embed/copy-code.ts";
import { EMBED_THEME_SCRIPT } from "../embed/theme-param.ts";
import { reportHeightScript } from "../embed/report-height.ts";

/**
 * Headers for static hosts that read a _headers file (Netlify, Cloudflare Pages): the same
 * policy the pages carry in their <meta>, as a real header (which also covers the data files),
 * with every inline script of the site allowed by its hash.
 */
// Astro leaves files whose names start with "_" out of the build, so the name is a parameter.
export const getStaticPaths = () => [{ params: { headers: "_headers" } }];

export const GET: APIRoute = async () => {
  const charts = (await chartPaths()).map((p) => p.props.chart);
  const scripts = [COPY_CODE_SCRIPT, EMBED_THEME_SCRIPT, ...new Set(charts.map((c) => reportHeightScript(c.id)))];
  const body = ["/*", `  Content-Security-Policy: ${contentSecurityPolicy(scripts)}`, "  X-Content-Type-Options: nosniff", "  Referrer-Policy: strict-origin-when-cross-origin", ""].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
