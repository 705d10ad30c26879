import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { editionSchema, unitSchema, ledgerSchema, textSchema, promisesSchema } from "./schemas/content.ts";

/** Where ingest wrote the content; tests build a second edition from another folder. */
const base = process.env.CONTENT_DIR ?? "./content";

/** content/<year>/edition.md: one entry per edition; its id is the year. */
const editions = defineCollection({
  loader: glob({ pattern: "*/edition.md", base, generateId: ({ entry }) => entry.split("/")[0] }),
  schema: editionSchema,
});

/** content/<year>/units/<slug>.md: one entry per unit and year; id "<year>/<slug>". */
const units = defineCollection({
  loader: glob({
    pattern: "*/units/*.md",
    base,
    generateId: ({ entry }) => entry.replace(/\/units\//, "/").replace(/\.md$/, ""),
  }),
  schema: unitSchema,
});

/** content/<year>/ledger.json: every number read from the year's text. */
const ledgers = defineCollection({
  loader: glob({ pattern: "*/ledger.json", base, generateId: ({ entry }) => entry.split("/")[0] }),
  schema: ledgerSchema,
});

/** content/<year>/texts/<slug>.json: each work report whole; id "<year>/<slug>". */
const texts = defineCollection({
  loader: glob({ pattern: "*/texts/*.json", base, generateId: ({ entry }) => entry.replace(/\/texts\//, "/").replace(/\.json$/, "") }),
  schema: textSchema,
});

/** content/<year>/promises.json: the year's targets followed into the next year's report. */
const promises = defineCollection({
  loader: glob({ pattern: "*/promises.json", base, generateId: ({ entry }) => entry.split("/")[0] }),
  schema: promisesSchema,
});

export const collections = { editions, units, ledgers, texts, promises };
