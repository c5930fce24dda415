import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "../../app/db.server";
import { translator } from "../../app/i18n/translate";
import {
  PUBLICCODE_LIMITS,
  validatePubliccode,
  type PubliccodeData,
} from "../../app/modules/software/publiccode";
import { importSoftwareFolder } from "../../app/modules/software/software-import.server";
import {
  listSoftware,
  softwareQuerySchema,
} from "../../app/modules/software/software-queries.server";
import { action as validateAction } from "../../app/routes/api.software.validate";
import { loader as exportLoader } from "../../app/routes/software.$slug.publiccode[.]yml";
import { billionLaughs, manyKeys } from "../../scripts/lib/bench/publiccode-payloads";
import { PROJECT_ROOT } from "../../scripts/lib/embedded-database";

const FIXTURES = path.join(PROJECT_ROOT, "tests", "fixtures", "publiccode");

async function validate(
  body: string,
  type = "application/yaml",
  options: { query?: string; acceptLanguage?: string } = {},
) {
  const request = new Request(`http://localhost/api/software/validate${options.query ?? ""}`, {
    method: "POST",
    body,
    headers: {
      "Content-Type": type,
      ...(options.acceptLanguage ? { "Accept-Language": options.acceptLanguage } : {}),
    },
  });
  const response = (await validateAction({
    request,
    params: {},
    context: { cspNonce: "t", clientIp: "10.7.7.7" },
  } as never)) as Response;
  return {
    status: response.status,
    language: response.headers.get("Content-Language"),
    body: await response.json(),
  };
}

describe("the code catalogue", () => {
  it("holds the demo entries, imported from content/software with their region, indicators and practice links", async () => {
    const count = await db().softwareEntry.count({ where: { isDemo: true } });
    expect(count).toBeGreaterThanOrEqual(15);
    const eNaskah = await db().softwareEntry.findUniqueOrThrow({
      where: { slug: "e-naskah" },
      include: { practices: { select: { practice: { select: { slug: true } } } } },
    });
    expect(eNaskah.regionCode).toBe("32.11");
    expect(eNaskah.practices.map((p) => p.practice.slug)).toContain("tte-naskah-dinas-sumedang");
    const again = await importSoftwareFolder(path.join(PROJECT_ROOT, "content", "software"));
    expect(again.created).toEqual([]);
    expect(again.updated).toEqual([]);
    expect(again.problems).toEqual([]);
    expect(await db().softwareEntry.count({ where: { isDemo: true } })).toBe(count);
  });

  it("validates a publiccode.yml over the API: one error per problem, each with path and line", async () => {
    const invalid = await validate(
      await readFile(path.join(FIXTURES, "invalid-issue.yml"), "utf8"),
    );
    expect(invalid.status).toBe(200);
    expect(invalid.body.valid).toBe(false);
    expect(invalid.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      "description.en.shortDescription",
      "legal.license",
      "name",
    ]);
    for (const error of invalid.body.errors) expect(typeof error.line).toBe("number");
    const valid = await validate(
      await readFile(path.join(FIXTURES, "valid-0.4-eoffice.yml"), "utf8"),
      "text/plain",
    );
    expect(valid.body).toMatchObject({ valid: true, errors: [] });
    expect(valid.body.notChecked.length).toBeGreaterThan(0);
    const tooBig = await validate("a".repeat(1024 * 1024 + 10));
    expect(tooBig.status).toBe(413);
    expect((await validate("name: x", "application/json")).status).toBe(415);
  });

  it("answers the validation API in Bahasa Indonesia, or in English when the caller asks for it", async () => {
    const invalid = await readFile(path.join(FIXTURES, "invalid-issue.yml"), "utf8");
    const license = (body: { errors: Array<{ path: string; message: string }> }) =>
      body.errors.find((e) => e.path === "legal.license")?.message;
    const INDONESIAN = "bukan ekspresi lisensi SPDX yang sah";
    const ENGLISH = "is not a valid SPDX licence expression";

    const byDefault = await validate(invalid);
    expect(byDefault.language).toBe("id");
    expect(license(byDefault.body)).toContain(INDONESIAN);
    // Same shape whatever the language: path, line and message only.
    for (const error of byDefault.body.errors)
      expect(Object.keys(error).sort()).toEqual(["line", "message", "path"]);

    const english = await validate(invalid, "application/yaml", { query: "?lang=en" });
    expect(english.language).toBe("en");
    expect(license(english.body)).toContain(ENGLISH);
    expect(english.body.errors.map((e: { path: string }) => e.path)).toEqual(
      byDefault.body.errors.map((e: { path: string }) => e.path),
    );
    expect(english.body.errors.map((e: { line: number }) => e.line)).toEqual(
      byDefault.body.errors.map((e: { line: number }) => e.line),
    );

    for (const [acceptLanguage, expected] of [
      ["en-US,en;q=0.9", ENGLISH],
      ["fr-FR, en;q=0.5", ENGLISH],
      ["id-ID,id;q=0.9,en;q=0.8", INDONESIAN],
      ["en;q=0.4, id", INDONESIAN],
      ["fr, de", INDONESIAN],
    ] as const) {
      const answer = await validate(invalid, "application/yaml", { acceptLanguage });
      expect(license(answer.body), acceptLanguage).toContain(expected);
    }
    // ?lang= wins over the header.
    const asked = await validate(invalid, "application/yaml", {
      query: "?lang=id",
      acceptLanguage: "en",
    });
    expect(license(asked.body)).toContain(INDONESIAN);

    // Checks not made, and the API's own refusals, follow the language too.
    const valid = await readFile(path.join(FIXTURES, "valid-0.4-eoffice.yml"), "utf8");
    expect((await validate(valid)).body.notChecked.join("\n")).toContain("tidak diperiksa");
    expect(
      (await validate(valid, "text/plain", { query: "?lang=en" })).body.notChecked.join("\n"),
    ).toContain("was not checked");
    const refusedId = await validate("name: x", "application/json");
    expect(refusedId.status).toBe(415);
    expect(refusedId.body.errors[0].message).toContain("Kirim application/yaml");
    const refusedEn = await validate("name: x", "application/json", { acceptLanguage: "en" });
    expect(refusedEn.body.errors[0].message).toContain("Send application/yaml");
  });

  it("answers a text beyond the validator's limits with 413 or 422 and one message, in the caller's language", async () => {
    const complex = await validate(billionLaughs());
    expect(complex.status).toBe(422);
    expect(complex.language).toBe("id");
    expect(complex.body).toEqual({
      valid: false,
      errors: [
        {
          path: "",
          line: null,
          message: translator("id")("publiccode.error.tooManyNodes", {
            max: PUBLICCODE_LIMITS.maxNodes,
          }),
        },
      ],
    });
    expect(complex.body.errors[0].message).toContain("terlalu rumit");
    const english = await validate(billionLaughs(), "application/yaml", { query: "?lang=en" });
    expect(english.status).toBe(422);
    expect(english.body.errors[0].message).toContain("too complex");

    const large = await validate(manyKeys(60_000), "text/plain", { acceptLanguage: "en" });
    expect(large.status).toBe(413);
    expect(large.body.errors).toEqual([
      { path: "", line: null, message: "The body is larger than 256 KB." },
    ]);
    // Under the size limit, still too many lines, or too many YAML elements to check.
    const keys = await validate(manyKeys(25_000));
    expect(keys.status).toBe(422);
    expect(keys.body.errors[0].message).toContain("baris");
    const tokens = await validate(`[${"a,".repeat(PUBLICCODE_LIMITS.maxTokens)}a]`);
    expect(tokens.status).toBe(422);
    expect(tokens.body.errors[0].message).toContain("elemen YAML");
    // A body sent without Content-Length is not read past the limit.
    const chunks = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode("k: v\n".repeat(16_384)));
      },
    });
    const streamed = (await validateAction({
      request: new Request("http://localhost/api/software/validate", {
        method: "POST",
        body: chunks,
        headers: { "Content-Type": "application/yaml" },
        duplex: "half",
      } as RequestInit),
      params: {},
      context: { cspNonce: "t", clientIp: "10.7.7.8" },
    } as never)) as Response;
    expect(streamed.status).toBe(413);
  });

  it("exports an entry as publiccode.yml that parses back to the same metadata", async () => {
    const entry = await db().softwareEntry.findUniqueOrThrow({ where: { slug: "siaduan" } });
    const response = await exportLoader({
      request: new Request("http://localhost/"),
      params: { slug: "siaduan" },
      context: {},
    } as never);
    expect(response.headers.get("content-type")).toContain("application/yaml");
    const reparsed = validatePubliccode(await response.text());
    expect(reparsed.valid).toBe(true);
    expect(reparsed.data).toEqual(entry.publiccode as unknown as PubliccodeData);
  });

  it("filters by indicator, licence and tech, and sorts by readiness", async () => {
    const byIndicator = await listSoftware(
      softwareQuerySchema.parse({ indicator: "42", limit: "100" }),
    );
    expect(byIndicator.items.map((s) => s.slug)).toContain("siaduan");
    expect(
      byIndicator.items.every((s) => s.indicators.some((i) => i.indicator.number === 42)),
    ).toBe(true);
    const mit = await listSoftware(softwareQuerySchema.parse({ license: "MIT", limit: "100" }));
    expect(mit.items.every((s) => s.license === "MIT")).toBe(true);
    const ranked = await listSoftware(
      softwareQuerySchema.parse({ sort: "readiness", limit: "100" }),
    );
    const scores = ranked.items.map((s) => s.readiness);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});
