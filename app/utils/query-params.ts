import { z } from "zod";

/** A query-string parameter that may be absent: an empty value counts as absent. */
export const optionalParam = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());
