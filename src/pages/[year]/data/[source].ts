import type { APIRoute } from "astro";
import { getEditions } from "../../../data/editions.ts";
import { sourceTexts } from "../../../data/source-text.ts";

/** The edition's texts as published, for download and for each edition's archive. */
export async function getStaticPaths() {
  return (await getEditions()).flatMap((e) => sourceTexts(e).map((s) => ({ params: { year: String(e.year), source: s.name }, props: { text: s.text } })));
}

export const GET: APIRoute = ({ props }) => new Response((props as { text: string }).text, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
