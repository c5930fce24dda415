/** The base of links sent by e-mail: PUBLIC_URL when set, else the request's own origin. */
export function publicBaseUrl(request: Request): string {
  const configured = process.env.PUBLIC_URL?.trim();
  return (configured || new URL(request.url).origin).replace(/\/+$/, "");
}
