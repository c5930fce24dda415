// What the HTTP server hands every loader and action.
declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The per-request nonce of the Content-Security-Policy. */
    cspNonce: string;
    /** The client's IP address (Express's req.ip; honours X-Forwarded-For when TRUST_PROXY). */
    clientIp?: string;
    /** Adds a header to the response being prepared (used to refresh the session cookie). */
    appendHeader?: (name: string, value: string) => void;
  }
}

export {};
