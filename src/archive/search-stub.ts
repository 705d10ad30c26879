/**
 * The archive's answer at search/: the live site's search covers every edition and is not
 * archived, so an edition's pages, which link to it, would lead nowhere. This page says so and
 * offers the ways around: the edition's list of places, and find-in-page on their texts.
 */
import type { Manifest } from './manifest.ts';
import { escapeMarkup as escapeHtml } from '../lib/escape-markup.ts';
import { theme } from '../theme.ts';

export const SEARCH_STUB_PATH = 'search/index.html';

export function searchStub(m: Omit<Manifest, 'files'>): string {
  const { year, title, city } = m.edition;
  const heading = `${city ?? ''}${year}年${title ?? '奋进清单'}`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>搜索（存档中不可用）｜${escapeHtml(theme.siteName)}</title>
<style>body{font-family:${theme.fonts.sans.replace(/[<>]/g, '')};line-height:1.7;max-width:48rem;margin:0 auto;padding:1rem;background:${theme.colors.light.bg};color:${theme.colors.light.fg}}a{color:${theme.colors.light.accent}}</style>
</head>
<body>
<main>
<h1>搜索在存档中不可用</h1>
<p>这是《${escapeHtml(heading)}》的静态存档。网站的搜索覆盖各年各版，不在存档之内。</p>
<ul>
<li><a href="../${year}/#units">各地清单</a>：从地方列表进入，再用浏览器的“在页面中查找”</li>
<li><a href="../${year}/">${year}年版首页</a></li>
<li><a href="../">存档说明</a></li>
</ul>
</main>
</body>
</html>
`;
}
