import type { APIRoute } from "astro";
import { getAllUnits, getEdition } from "../../../data/editions.ts";
import { unitCardSvg } from "../../../charts/unit-card.ts";
import { renderPngCached } from "../../../charts/render-png.ts";
import type { UnitEntry } from "../../../schemas/content.ts";

/** Each place's share card, for og:image on its page (through the PNG cache). */
export async function getStaticPaths() {
  return (await getAllUnits()).map((unit) => ({ params: { year: String(unit.year), unit: unit.slug }, props: { unit } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { unit } = props as { unit: UnitEntry };
  const { edition } = await getEdition(unit.year);
  const svg = unitCardSvg({ name: unit.name || "全文", year: unit.year, edition: `${edition.city}${edition.title}`, targets: unit.targets, items: unit.items.map((i) => i.headline) });
  return new Response(new Uint8Array(renderPngCached(svg)), { headers: { "Content-Type": "image/png" } });
};
