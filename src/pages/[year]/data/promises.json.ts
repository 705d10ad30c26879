import type { APIRoute } from "astro";
import { getEditions, getPromises } from "../../../data/editions.ts";
import { promisesJson } from "../../../data/promise-records.ts";

/** An edition's targets followed into the next year's report: only where one is among the seeds. */
export async function getStaticPaths() {
  const pages = [];
  for (const e of await getEditions()) if (await getPromises(e.year)) pages.push({ params: { year: String(e.year) } });
  return pages;
}

export const GET: APIRoute = async ({ params }) =>
  new Response(promisesJson((await getPromises(Number(params.year)))!), { headers: { "Content-Type": "application/json; charset=utf-8" } });
