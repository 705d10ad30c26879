import type { APIRoute } from "astro";
import { editionPaths, getTargets } from "../../../data/editions.ts";
import { contractCsv } from "../../../data/contract.ts";

export function getStaticPaths() {
  return editionPaths();
}

export const GET: APIRoute = async ({ params }) =>
  new Response(contractCsv(await getTargets(Number(params.year))), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
