import type { APIRoute } from "astro";
import { editionPaths, getLedger } from "../../../data/editions.ts";

export function getStaticPaths() {
  return editionPaths();
}

export const GET: APIRoute = async ({ params }) =>
  new Response(`${JSON.stringify(await getLedger(Number(params.year)), null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
