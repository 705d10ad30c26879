import type { APIRoute } from "astro";
import { getEditions, getLedger } from "../../../data/editions.ts";

export async function getStaticPaths() {
  return (await getEditions()).map((e) => ({ params: { year: String(e.year) } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(`${JSON.stringify(await getLedger(Number(params.year)), null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
