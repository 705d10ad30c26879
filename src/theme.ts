import { readFileSync } from "node:fs";
import { defaultTheme } from "./themes/default.ts";

/** Colours of one scheme. Charts are styled by class with these, never by attribute value. */
export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  rule: string;
  accent: string;
  markBg: string;
  markFg: string;
  panel: string;
  /** Bars and filled matrix cells, and the text on them. */
  bar: string;
  onBar: string;
  cellOff: string;
}

/**
 * The publication's look and name in one place: pages (CSS custom properties), charts, PNG and
 * SVG exports and the archive's landing page all read it, so renaming the newsroom or changing
 * its accent or font is one edit.
 */
export interface Theme {
  /** The publication's name, on every page, chart file and PNG. */
  siteName: string;
  /** Credit line under every chart. */
  creditLine: string;
  licence: { name: string; url: string };
  colors: { light: Palette; dark: Palette };
  fonts: {
    /** CSS font stack of pages and SVGs. */
    sans: string;
    /** The font files PNG exports are drawn with, from an npm package. */
    png: { family: string; package: string; regular: string; bold: string };
  };
  /** Type scale in CSS pixels. */
  type: { base: number; small: number; caption: number; h1: number; h2: number; h3: number; chart: { narrow: number; wide: number; title: number; subtitle: number; source: number } };
  space: { page: number; exportMargin: number };
}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

function merge<T>(base: T, over: DeepPartial<T> | undefined): T {
  if (!over) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = v && typeof v === "object" && !Array.isArray(v) && b && typeof b === "object" ? merge(b, v as object) : v;
  }
  return out as T;
}

/**
 * The theme of this build: the default, with the overrides of the JSON file SITE_THEME names
 * (another newsroom's name, accent, font), so a second look needs no code change.
 */
function loadTheme(): Theme {
  const file = process.env.SITE_THEME;
  if (!file) return defaultTheme;
  let over: DeepPartial<Theme>;
  try {
    over = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`SITE_THEME=${file}: expected a JSON file of theme overrides (${(error as Error).message})`);
  }
  return merge(defaultTheme, over);
}

export const theme: Theme = loadTheme();

const cssName = (k: string) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
const vars = (p: Palette) => Object.entries(p).map(([k, v]) => `${cssName(k)}:${v}`).join(";");

/**
 * The CSS custom properties of the theme: light by default, dark under the reader's system
 * preference, or forced either way by data-theme on <html> (embeds: light unless the host asks).
 */
export function themeCss(t: Theme = theme): string {
  const sizes = `--font-sans:${t.fonts.sans};--size-base:${t.type.base}px;--size-small:${t.type.small}px;--size-caption:${t.type.caption}px;--size-h1:${t.type.h1}px;--size-h2:${t.type.h2}px;--size-h3:${t.type.h3}px;--space-page:${t.space.page}px`;
  return [
    `:root{${vars(t.colors.light)};${sizes}}`,
    `@media (prefers-color-scheme: dark){:root:not([data-theme=light]){${vars(t.colors.dark)}}}`,
    `:root[data-theme=dark]{${vars(t.colors.dark)}}`,
  ].join("\n");
}
