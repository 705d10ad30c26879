import type { Theme } from "../theme.ts";

/** The publication's own look and name. A newsroom that republishes the site edits this file. */
export const defaultTheme: Theme = {
  siteName: "奋进清单数据",
  creditLine: "整理：奋进清单数据",
  licence: { name: "知识共享 署名 4.0 国际许可协议（CC BY 4.0）", url: "https://creativecommons.org/licenses/by/4.0/deed.zh-hans" },
  colors: {
    light: {
      bg: "#ffffff",
      fg: "#1a1a1a",
      muted: "#595959",
      rule: "#d0d0d0",
      accent: "#0b5cad",
      markBg: "#fff0b3",
      markFg: "#1a1a1a",
      panel: "#f4f4f2",
      bar: "#1f6fb2",
      onBar: "#ffffff",
      cellOff: "#eeeeee",
    },
    dark: {
      bg: "#121212",
      fg: "#ececec",
      muted: "#b3b3b3",
      rule: "#444444",
      accent: "#8cc4ff",
      markBg: "#5c4a00",
      markFg: "#fff6d6",
      panel: "#1e1e1e",
      bar: "#6cb4f0",
      onBar: "#0d0d0d",
      cellOff: "#2a2a2a",
    },
  },
  fonts: {
    // System Chinese fonts only on pages: no web-font download on a phone.
    sans: 'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif',
    // Files for PNG exports, where no system font may be used (TTF: resvg reads no WOFF).
    png: { family: "Noto Sans SC", package: "@expo-google-fonts/noto-sans-sc", regular: "400Regular/NotoSansSC_400Regular.ttf", bold: "700Bold/NotoSansSC_700Bold.ttf" },
  },
  type: { base: 16, small: 14, caption: 13, h1: 26, h2: 20, h3: 17, chart: { narrow: 13, wide: 14, title: 22, subtitle: 14, source: 13 } },
  space: { page: 16, exportMargin: 28 },
};
