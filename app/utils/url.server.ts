// Where links to the portal point (mail, feeds, the API) and which hosts it answers to. Links come
// only from configuration (PUBLIC_URL), never from a request's Host header: a request for another
// host is refused by the HTTP server (scripts/lib/request-guards.ts).
import { env } from "~/env.server";

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"];

export interface PublicLinks {
  /** The origin of every link, without a trailing slash. */
  publicUrl: string;
  /** host[:port] values (lower case) that requests may name. */
  allowedHosts: Set<string>;
}

export class PublicUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PublicUrlError";
  }
}

function hostVariants(url: URL): string[] {
  const defaultPort = url.protocol === "https:" ? "443" : "80";
  const port = url.port || defaultPort;
  const names = LOOPBACK_NAMES.includes(url.hostname) ? LOOPBACK_NAMES : [url.hostname];
  return names.flatMap((name) =>
    port === defaultPort ? [name, `${name}:${port}`] : [`${name}:${port}`],
  );
}

/**
 * PUBLIC_URL when set (http or https, no path); otherwise, for a local start on the embedded
 * database or in development, http://localhost:PORT. Production on an external database must set
 * it: the error says so, and the portal does not start.
 */
export function resolvePublicLinks(input: {
  publicUrl: string | undefined;
  allowedHosts: string | undefined;
  nodeEnv: string | undefined;
  port: number;
  externalDatabase: boolean;
}): PublicLinks {
  const configured = input.publicUrl?.trim();
  let url: URL;
  if (configured) {
    try {
      url = new URL(configured);
    } catch {
      throw new PublicUrlError(`PUBLIC_URL must be an absolute URL, got "${configured}".`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw new PublicUrlError(
        `PUBLIC_URL must start with https:// or http://, got "${configured}".`,
      );
    }
    if (url.pathname !== "/" || url.search || url.hash || url.username || url.password) {
      throw new PublicUrlError(
        `PUBLIC_URL must be an origin only (e.g. https://livinglab.example.go.id), got "${configured}".`,
      );
    }
  } else if (input.nodeEnv === "production" && input.externalDatabase) {
    throw new PublicUrlError(
      "PUBLIC_URL is required in production (e.g. PUBLIC_URL=https://livinglab.example.go.id): " +
        "links in mail are built from it, never from a request's Host header.",
    );
  } else {
    url = new URL(`http://localhost:${input.port}`);
  }
  const allowedHosts = new Set(hostVariants(url));
  for (const entry of (input.allowedHosts ?? "").split(",")) {
    const host = entry.trim().toLowerCase();
    if (!host) continue;
    if (!/^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/.test(host)) {
      throw new PublicUrlError(`ALLOWED_HOSTS holds "${entry.trim()}", which is not host[:port].`);
    }
    allowedHosts.add(host);
  }
  return { publicUrl: url.origin, allowedHosts };
}

/** The base of links sent by mail, feeds and the API: the configured PUBLIC_URL. */
export function publicBaseUrl(): string {
  const { PUBLIC_URL, PORT } = env();
  return (PUBLIC_URL ?? `http://localhost:${PORT}`).replace(/\/+$/, "");
}
