import type { APIRoute } from "astro";
import { editionPaths, getEdition } from "../../../data/editions.ts";
import { editionProvenance } from "../../../data/provenance.ts";

export function getStaticPaths() {
  return editionPaths();
}

/** What the edition was read from, in the built site itself, so an archive of it names that. */
export const GET: APIRoute = async ({ params }) =>
  new Response(`${JSON.stringify(editionProvenance((await getEdition(Number(params.year))).edition), null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
