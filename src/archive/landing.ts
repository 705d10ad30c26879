/**
 * The archive's own index.html, at its root: opened from wherever the archive was unpacked, it
 * says what the archive is and links (relatively) to the edition. The site's root page is not
 * archived, because it lists every edition and this archive holds only one.
 */
import type { Manifest } from './manifest.ts';

import { escapeMarkup as escapeHtml } from '../lib/escape-markup.ts';
import { theme } from '../theme.ts';

export function landingPage(m: Omit<Manifest, 'files'>): string {
  const { year, title, city, seed, seed_sha256 } = m.edition;
  const heading = `${city ?? ''}${year}年${title ?? '奋进清单'}`;
  const rows: [string, string][] = [
    ['原文', `${seed}（SHA-256 ${seed_sha256}）`],
    ['生成程序', `${m.generator.name} ${m.generator.version}${m.generator.commit ? `，提交 ${m.generator.commit}` : ''}`],
    ['构建日期', m.build_date ?? '未知'],
  ];
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(heading)}（存档）｜${escapeHtml(theme.siteName)}</title>
<style>body{font-family:${theme.fonts.sans.replace(/[<>]/g, "")};line-height:1.7;max-width:48rem;margin:0 auto;padding:1rem;background:${theme.colors.light.bg};color:${theme.colors.light.fg}}a{color:${theme.colors.light.accent}}dd{margin:0 0 .5rem;overflow-wrap:anywhere}dt{color:${theme.colors.light.muted}}</style>
</head>
<body>
<main>
<h1>${escapeHtml(heading)}（存档）</h1>
<p><a href="${year}/">打开${year}年版</a></p>
<p>${escapeHtml(theme.siteName)}。这是一份完整的静态存档，可放在任何文件夹或网站路径下打开。每个文件的大小和 SHA-256 列在 <a href="manifest.json">manifest.json</a> 中。</p>
<dl>
${rows.map(([k, v]) => `<dt>${k}</dt><dd>${escapeHtml(v)}</dd>`).join('\n')}
</dl>
</main>
</body>
</html>
`;
}
