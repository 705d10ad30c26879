import type { APIRoute } from "astro";
import { followUpPaths, getPromises } from "../../../data/editions.ts";
import { promisesJson } from "../../../data/promise-records.ts";

/** An edition's targets followed into the next year's report: only where one is among the seeds. */
export const getStaticPaths = followUpPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(promisesJson((await getPromises(Number(params.year)))!), { headers: { "Content-Type": "application/json; charset=utf-8" } });
