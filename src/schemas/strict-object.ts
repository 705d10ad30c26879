import { z } from "zod";
import { unknownKeyMessage } from "./did-you-mean.ts";

/**
 * z.strictObject whose error for an unknown key names it and suggests the known key it is
 * probably a slip for, so a misspelt `corections:` fails instead of silently vanishing.
 */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === "unrecognized_keys") return issue.keys.map((k) => unknownKeyMessage(k, known)).join("; ");
      if (issue.code === "invalid_type") return `expected a mapping (key: value), found ${describe(issue.input)}`;
      return undefined;
    },
  });
}

const describe = (input: unknown) => (input === null || input === undefined ? "nothing" : Array.isArray(input) ? "a list" : `a ${typeof input}`);
