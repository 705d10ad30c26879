import type { APIRoute } from "astro";
import { followUpPaths, getPromises } from "../../../data/editions.ts";
import { promisesCsv } from "../../../data/promise-records.ts";

/** An edition's targets followed into the next year's report: only where one is among the seeds. */
export const getStaticPaths = followUpPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(promisesCsv((await getPromises(Number(params.year)))!), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
