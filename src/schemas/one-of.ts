import { z } from "zod";
import { didYouMean } from "./did-you-mean.ts";

/**
 * z.enum whose error names the value given and the closest allowed one ("signd": did you mean
 * "signed"?) instead of listing a long vocabulary; `where` says where the allowed values live.
 */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, where: string) {
  return z.enum(values, {
    error: (issue) => {
      if (issue.code !== "invalid_value") return undefined;
      const hint = typeof issue.input === "string" ? didYouMean(issue.input, values) : null;
      return `unknown value ${JSON.stringify(issue.input)}${hint ? ` (did you mean "${hint}"?)` : ""}; expected one of ${where}`;
    },
  });
}
