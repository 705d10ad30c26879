import type { APIRoute } from "astro";
import { editionPaths, getTargets } from "../../../data/editions.ts";
import { contractJson } from "../../../data/contract.ts";

export function getStaticPaths() {
  return editionPaths();
}

export const GET: APIRoute = async ({ params }) =>
  new Response(contractJson(await getTargets(Number(params.year))), { headers: { "Content-Type": "application/json; charset=utf-8" } });
