import type { APIRoute } from "astro";
import { getEditions } from "../../../data/editions.ts";
import { sourceText } from "../../../data/source-text.ts";

/** The edition's text as published, for download and for each edition's archive. */
export async function getStaticPaths() {
  return (await getEditions()).map((e) => ({ params: { year: String(e.year), source: sourceText(e).name }, props: { text: sourceText(e).text } }));
}

export const GET: APIRoute = ({ props }) => new Response((props as { text: string }).text, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
