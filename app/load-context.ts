// What the HTTP server hands every loader and action.
declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The per-request nonce of the Content-Security-Policy. */
    cspNonce: string;
  }
}

export {};
