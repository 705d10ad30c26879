import type { APIRoute } from "astro";
import { getEditions, getTargets } from "../../../data/editions.ts";
import { contractJson } from "../../../data/contract.ts";

export async function getStaticPaths() {
  return (await getEditions()).map((e) => ({ params: { year: String(e.year) } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(contractJson(await getTargets(Number(params.year))), { headers: { "Content-Type": "application/json; charset=utf-8" } });
