import type { Gazetteer } from "./gazetteer.ts";

/**
 * The city or province a text without metadata speaks for: the first such name in its opening
 * (江门市政府工作报告, 广州市市长黎子流), so that its own name is not read as one of its units.
 */
export function inferCity(text: string, gazetteer: Gazetteer): string | undefined {
  const head = text.slice(0, 400);
  for (let i = 0; i < head.length; i++) {
    for (let len = 8; len >= 2; len--) {
      const name = head.slice(i, i + len);
      const level = gazetteer.levelOf(name);
      if (level === "city" || level === "province") return name;
    }
  }
  return undefined;
}
