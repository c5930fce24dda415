import type { HeadersFunction } from "@remix-run/node";

/**
 * Route `headers` export for form pages: a document response carries the headers the action set
 * with data() (Retry-After of a 429, Set-Cookie of a renewed session), which Remix would drop.
 */
export const forwardActionHeaders: HeadersFunction = ({ actionHeaders, loaderHeaders }) => {
  const headers = new Headers(loaderHeaders);
  for (const name of ["Retry-After", "Set-Cookie"]) {
    const value = actionHeaders.get(name);
    if (value) headers.set(name, value);
  }
  return headers;
};
