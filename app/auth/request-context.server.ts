// Who is asking, from where: the client IP and user agent handed over by the HTTP server.
import type { AppLoadContext } from "@remix-run/node";

export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

export function requestOrigin(
  request: Request,
  context: AppLoadContext | undefined,
): RequestOrigin {
  const ip = typeof context?.clientIp === "string" && context.clientIp ? context.clientIp : null;
  const userAgent = request.headers.get("User-Agent")?.slice(0, 400) ?? null;
  return { ip, userAgent };
}
