import type { ChartDefinition } from "../types.ts";
import { investment } from "./investment.ts";
import { farmland } from "./farmland.ts";
import { jobs } from "./jobs.ts";
import { schoolPlaces } from "./school-places.ts";
import { oldCommunities } from "./old-communities.ts";
import { projects } from "./projects.ts";
import { enterprises } from "./enterprises.ts";
import { roads } from "./roads.ts";
import { matrix } from "./matrix.ts";
import { followUp } from "./follow-up.ts";

/** Every chart of an edition, one file each, in the order the edition page shows them. */
export const CHART_SPECS: readonly ChartDefinition[] = [investment, farmland, jobs, schoolPlaces, oldCommunities, projects, enterprises, roads, matrix, followUp];
