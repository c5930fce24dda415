// Reading a list page's query string the way people meet it: a bad value drops only its own
// filter, with a notice naming it, and a page past the end leads to the last page.
import { redirect } from "@remix-run/node";
import type { z } from "zod";

/** A filter the list was shown without, because its value is not one of the filter's choices. */
export interface IgnoredFilter {
  key: string;
  value: string;
}

/**
 * Parses each field of `schema` on its own, so that one unusable value (say `category=%%`) does
 * not throw away the others. Fields whose value fails are left at their default and reported.
 */
export function parseListQuery<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  searchParams: URLSearchParams,
): { query: z.infer<z.ZodObject<Shape>>; ignored: IgnoredFilter[] } {
  const raw: Record<string, unknown> = {};
  const ignored: IgnoredFilter[] = [];
  for (const [key, field] of Object.entries(schema.shape) as Array<[string, z.ZodType]>) {
    const value = searchParams.get(key);
    if (value === null) continue;
    if (field.safeParse(value).success) raw[key] = value;
    else if (value.trim() !== "") ignored.push({ key, value });
  }
  return { query: schema.parse(raw), ignored };
}

/**
 * Drops a filter whose value parsed but is not among the choices the page offers (a category no
 * entry has, an unknown region code), recording it in `ignored`.
 */
export function keepIfOffered<Q extends Record<string, unknown>, K extends keyof Q & string>(
  query: Q,
  key: K,
  offered: ReadonlyArray<string | number>,
  ignored: IgnoredFilter[],
): void {
  const value = query[key];
  if (value === undefined || value === null || value === "") return;
  if (offered.some((choice) => String(choice) === String(value))) return;
  ignored.push({ key, value: String(value) });
  delete query[key];
}

/** Throws a 302 to the last page (other parameters kept) when `page` is past it. */
export function redirectPastLastPage(
  request: Request,
  page: number,
  total: number,
  limit: number,
): void {
  const lastPage = Math.max(1, Math.ceil(total / limit));
  if (page <= lastPage) return;
  const url = new URL(request.url);
  if (lastPage === 1) url.searchParams.delete("page");
  else url.searchParams.set("page", String(lastPage));
  const search = url.searchParams.toString();
  throw redirect(`${url.pathname}${search ? `?${search}` : ""}`);
}
