import { unified } from "unified";
import remarkStringify from "remark-stringify";
import type { Root } from "mdast";
import { toYaml } from "./yaml.ts";

const markdown = unified().use(remarkStringify, { bullet: "-" });
/** Indents every non-blank line: a blank line inside a block scalar stays blank, as yaml writes it. */
const indent = (yaml: string) => yaml.replace(/^(?=.)/gm, "  ");

/**
 * The YAML of `frontmatter`, byte for byte as yaml's `stringify(frontmatter)` writes it, in
 * pieces: one per key, and one per element of a list, so a unit with ten thousand targets is
 * never one string (or, with the package, one YAML document of gigabytes).
 */
function* yamlChunks(frontmatter: Record<string, unknown>): Generator<string> {
  for (const [key, value] of Object.entries(frontmatter)) {
    if (value === undefined) continue; // left out, as stringify leaves it out
    if (Array.isArray(value) && value.length > 0) {
      yield toYaml({ [key]: [] }).replace(/ \[\]\n$/, "\n");
      for (const element of value) yield indent(toYaml([element]));
    } else yield toYaml({ [key]: value });
  }
}

/**
 * A Markdown file of YAML frontmatter and paragraphs, in pieces, as remark-stringify with
 * remark-frontmatter writes it: `---`, the YAML, `---`, then the paragraphs, escaped through
 * mdast so that markup in the source text comes out as text.
 */
export function* markdownChunks(frontmatter: Record<string, unknown>, paragraphs: readonly string[]): Generator<string> {
  yield "---\n";
  let last = "";
  for (const chunk of yamlChunks(frontmatter)) {
    if (last) yield last;
    last = chunk;
  }
  // The frontmatter block ends without the YAML's last newline, then the closing fence.
  yield `${last.replace(/\n$/, "")}\n---\n`;
  if (paragraphs.length === 0) return;
  const tree: Root = { type: "root", children: paragraphs.map((p) => ({ type: "paragraph", children: [{ type: "text", value: p }] })) };
  yield `\n${markdown.stringify(tree)}`;
}
