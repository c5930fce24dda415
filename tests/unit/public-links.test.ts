import { describe, expect, it } from "vitest";
import { resolvePublicLinks } from "../../app/utils/url.server";

const local = { allowedHosts: undefined, nodeEnv: "production", port: 3000 };

describe("where links point (PUBLIC_URL)", () => {
  it("requires PUBLIC_URL in production on an external database", () => {
    expect(() =>
      resolvePublicLinks({ ...local, publicUrl: undefined, externalDatabase: true }),
    ).toThrow(/PUBLIC_URL is required in production/);
    expect(() => resolvePublicLinks({ ...local, publicUrl: "  ", externalDatabase: true })).toThrow(
      /PUBLIC_URL is required/,
    );
  });

  it("uses http://localhost:PORT for a local start and answers only to loopback names", () => {
    const links = resolvePublicLinks({ ...local, publicUrl: undefined, externalDatabase: false });
    expect(links.publicUrl).toBe("http://localhost:3000");
    expect([...links.allowedHosts].sort()).toEqual([
      "127.0.0.1:3000",
      "[::1]:3000",
      "localhost:3000",
    ]);
  });

  it("answers to PUBLIC_URL's host and ALLOWED_HOSTS, with or without the default port", () => {
    const links = resolvePublicLinks({
      ...local,
      publicUrl: "https://LivingLab.Example.go.id/",
      allowedHosts: "portal-internal:8080, 10.0.0.5:3000",
      externalDatabase: true,
    });
    expect(links.publicUrl).toBe("https://livinglab.example.go.id");
    expect(links.allowedHosts).toEqual(
      new Set([
        "livinglab.example.go.id",
        "livinglab.example.go.id:443",
        "portal-internal:8080",
        "10.0.0.5:3000",
      ]),
    );
    expect(links.allowedHosts.has("evil.example")).toBe(false);
  });

  it("refuses a PUBLIC_URL that is not an http(s) origin, and a bad ALLOWED_HOSTS entry", () => {
    for (const publicUrl of [
      "javascript:alert(1)",
      "ftp://x.example",
      "https://x.example/app",
      "x",
    ]) {
      expect(
        () => resolvePublicLinks({ ...local, publicUrl, externalDatabase: true }),
        publicUrl,
      ).toThrow(/PUBLIC_URL must/);
    }
    expect(() =>
      resolvePublicLinks({
        ...local,
        publicUrl: "https://x.example",
        allowedHosts: "evil.example/path",
        externalDatabase: true,
      }),
    ).toThrow(/ALLOWED_HOSTS/);
  });
});
