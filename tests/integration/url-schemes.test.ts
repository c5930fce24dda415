// Addresses that lead off the portal are http(s) only, also for rows stored before that rule: the
// entry page renders no href with another scheme, /api/software hands none on, and a declared
// service address with one is refused with the user's message and stores nothing.
import type { Prisma } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/db.server";
import { loader as apiSoftwareLoader } from "../../app/routes/api.software";
import SoftwareEntryPage, {
  action as entryAction,
  loader as entryLoader,
} from "../../app/routes/software.$slug._index";
import { DEMO, get, post, sessionFor } from "../support/accounts";
import { renderRoute } from "../support/render-route";

const SLUG = "e-naskah"; // Kabupaten Sumedang's
const BANDUNG = "32.73";

/** What a row written before the rule may hold, as stored (the entry's url and publiccode.url). */
const UNSAFE = [
  "javascript:alert(document.cookie)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "javascript://github.com/%0aalert(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
];

/** Every href attribute of the page, decoded as a browser reads it, in lower case. */
function hrefs(html: string): string[] {
  return [...html.matchAll(/\shref="([^"]*)"/g)].map((m) =>
    (m[1] ?? "")
      .replace(/&amp;/g, "&")
      .replace(/&#x([0-9a-f]+);/gi, (_all, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);/g, (_all, dec: string) => String.fromCodePoint(Number(dec)))
      // eslint-disable-next-line no-control-regex -- what a browser drops from a URL
      .replace(/[\u0000-\u0020]/g, "")
      .toLowerCase(),
  );
}

let original: { url: string; publiccode: Prisma.JsonValue };

async function storeRepositoryUrl(url: string) {
  await db().softwareEntry.update({
    where: { slug: SLUG },
    data: {
      url,
      publiccode: { ...(original.publiccode as Prisma.JsonObject), url },
    },
  });
}

beforeAll(async () => {
  original = await db().softwareEntry.findUniqueOrThrow({
    where: { slug: SLUG },
    select: { url: true, publiccode: true },
  });
});

afterAll(async () => {
  await db().softwareEntry.update({
    where: { slug: SLUG },
    data: { url: original.url, publiccode: original.publiccode as Prisma.InputJsonValue },
  });
});

function renderEntry(language: "id" | "en" = "id") {
  return renderRoute({
    path: "/software/:slug",
    url: `http://localhost/software/${SLUG}`,
    loader: entryLoader,
    Component: SoftwareEntryPage,
    language,
  });
}

describe("a stored repository URL with another scheme than http(s)", () => {
  it("links the repository on the entry page while it is https", async () => {
    const page = await renderEntry();
    expect(page.status).toBe(200);
    expect(hrefs(page.html)).toContain(original.url.toLowerCase());
  });

  for (const url of UNSAFE) {
    it(`is shown as text, not as a link, on the entry page: ${JSON.stringify(url)}`, async () => {
      await storeRepositoryUrl(url);
      const page = await renderEntry();
      expect(page.status).toBe(200);
      const links = hrefs(page.html);
      expect(links.length).toBeGreaterThan(0);
      for (const href of links) expect(href).not.toMatch(/^(javascript|data|vbscript|file):/);
      // The label stays, with the note that the address is not linked.
      expect(page.html).toContain("Repositori kode");
      expect(page.html).toContain("bukan http:// atau https://");
    });

    it(`is null in /api/software: ${JSON.stringify(url)}`, async () => {
      await storeRepositoryUrl(url);
      const result = await get(apiSoftwareLoader, "/api/software?q=e-Naskah");
      expect(result.status).toBe(200);
      const items = (result.body as { items: Array<{ slug: string; repository: unknown }> }).items;
      const item = items.find((i) => i.slug === SLUG);
      expect(item).toBeDefined();
      expect(item!.repository).toBeNull();
    });
  }

  it("says so in English too", async () => {
    await storeRepositoryUrl("javascript:alert(1)");
    const page = await renderEntry("en");
    expect(page.html).toContain("Source repository");
    expect(page.html).toContain("is not http:// or https://");
  });

  it("is handed on by /api/software again once it is https", async () => {
    await storeRepositoryUrl(original.url);
    const result = await get(apiSoftwareLoader, "/api/software?q=e-Naskah");
    const items = (result.body as { items: Array<{ slug: string; repository: unknown }> }).items;
    expect(items.find((i) => i.slug === SLUG)?.repository).toBe(original.url);
  });
});

describe("declaring an adoption with a service address", () => {
  async function declare(serviceUrl: string) {
    const { cookie } = await sessionFor(DEMO.sekdaBandung);
    return post(
      entryAction,
      `/software/${SLUG}`,
      { intent: "declare", regionCode: BANDUNG, serviceUrl },
      { cookie, params: { slug: SLUG } },
    );
  }

  for (const serviceUrl of [...UNSAFE, "https://admin:rahasia@layanan.bandung.go.id"]) {
    it(`refuses ${JSON.stringify(serviceUrl)} and stores nothing`, async () => {
      const result = await declare(serviceUrl);
      expect(result.status).toBe(400);
      expect(result.body).toMatchObject({ formError: "adoption.error.url" });
      expect(
        await db().softwareAdoption.count({
          where: { software: { slug: SLUG }, regionCode: BANDUNG },
        }),
      ).toBe(0);
    });
  }

  it("accepts an https address", async () => {
    const result = await declare("https://layanan.bandung.go.id/naskah");
    expect(result.status).toBe(200);
    const stored = await db().softwareAdoption.findFirstOrThrow({
      where: { software: { slug: SLUG }, regionCode: BANDUNG },
    });
    expect(stored.serviceUrl).toBe("https://layanan.bandung.go.id/naskah");
    await db().softwareAdoption.delete({ where: { id: stored.id } });
  });
});
