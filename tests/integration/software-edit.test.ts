// Editing a published catalogue entry: the owning region's people replace its publiccode.yml and
// portal fields under the same address; invalid input changes nothing; everyone else is refused.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "../../app/db.server";
import { translator } from "../../app/i18n/translate";
import type { PubliccodeProblem } from "../../app/modules/software/publiccode";
import { problemMessage } from "../../app/modules/software/problem-message";
import { normaliseRepositoryUrl } from "../../app/modules/software/software-commands.server";
import { loader as exportLoader } from "../../app/routes/software.$slug.publiccode[.]yml";
import { action as editAction, loader as editLoader } from "../../app/routes/software.$slug.edit";
import { loader as entryLoader } from "../../app/routes/software.$slug._index";
import { action as newAction } from "../../app/routes/software.new";
import { billionLaughs, manyKeys } from "../../scripts/lib/bench/publiccode-payloads";
import { PROJECT_ROOT } from "../../scripts/lib/embedded-database";
import { DEMO, get, outcome, sessionFor } from "../support/accounts";

const FIXTURES = path.join(PROJECT_ROOT, "tests", "fixtures", "publiccode");

/** POST a multipart form (fields and an optional publiccode.yml file) to a route action. */
async function postForm(
  action: (args: never) => Promise<unknown>,
  url: string,
  fields: Record<string, string>,
  options: { cookie?: string; params?: Record<string, string>; file?: File } = {},
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  if (options.file) form.set("file", options.file);
  const request = new Request(`http://localhost${url}`, {
    method: "POST",
    body: form,
    headers: options.cookie ? { Cookie: options.cookie } : {},
  });
  return outcome(() =>
    action({
      request,
      params: options.params ?? {},
      context: { cspNonce: "test", clientIp: "10.0.0.9" },
    } as never),
  );
}

async function snapshot(slug: string) {
  return db().softwareEntry.findUniqueOrThrow({
    where: { slug },
    include: {
      indicators: { select: { indicatorId: true }, orderBy: { indicatorId: "asc" } },
      releases: { select: { version: true }, orderBy: { version: "asc" } },
      practices: { select: { practiceId: true } },
      adoptions: { select: { regionCode: true, status: true } },
    },
  });
}

async function auditCount(slug: string) {
  const entry = await db().softwareEntry.findUniqueOrThrow({ where: { slug } });
  return db().auditEvent.count({ where: { action: "software.updated", entityId: entry.id } });
}

const editOf = (slug: string) => ({ url: `/software/${slug}/edit`, params: { slug } });

describe("editing a catalogue entry", () => {
  it("lets the owning region's developer replace the publiccode.yml and portal fields, same address, audited", async () => {
    const { cookie, userId } = await sessionFor(DEMO.devSumedang);
    const form = await get(editLoader, "/software/e-naskah/edit", {
      cookie,
      params: { slug: "e-naskah" },
    });
    expect(form.status).toBe(200);
    const values = (form.body as { values: Record<string, string> }).values;
    // The form starts from what is published.
    expect(values.publiccode).toContain("name: e-Naskah");
    expect(values.indicators).toBe("15, 22, 37");
    expect(values.tech).toContain("laravel");
    const before = await snapshot("e-naskah");

    const yaml = values
      .publiccode!.replace("name: e-Naskah", "name: e-Naskah Terpadu")
      .replace("softwareVersion: 3.2.1", "softwareVersion: 3.3.0")
      .replace("releaseDate: 2025-08-14", "releaseDate: 2026-10-01");
    expect(yaml).toContain("3.3.0");
    const saved = await postForm(
      editAction,
      editOf("e-naskah").url,
      {
        publiccode: yaml,
        indicators: "37, 11",
        tech: "PHP, laravel",
        requirements: "Server Linux 2 vCPU",
        readme: "## Pemasangan\n\nJalankan `make install`.",
      },
      { cookie, params: editOf("e-naskah").params },
    );
    expect(saved.status).toBe(302);
    // A published entry stays published; the page says the changes were saved.
    expect(saved.location).toBe("/software/e-naskah?saved=updated");

    const after = await snapshot("e-naskah");
    expect(after.id).toBe(before.id);
    expect(after.slug).toBe("e-naskah");
    expect(after.name).toBe("e-Naskah Terpadu");
    expect(after.tech).toEqual(["php", "laravel"]);
    expect(after.requirements).toBe("Server Linux 2 vCPU");
    expect(after.readme).toContain("make install");
    expect(after.indicators.map((i) => i.indicatorId)).toEqual(
      (
        await db().frameworkIndicator.findMany({
          where: { number: { in: [11, 37] } },
          orderBy: { id: "asc" },
        })
      ).map((i) => i.id),
    );
    // The new softwareVersion is a release; earlier releases, practice links, the region and the
    // demo flag stay.
    expect(after.releases.map((r) => r.version)).toEqual(["3.2.1", "3.3.0"]);
    expect(after.practices).toEqual(before.practices);
    expect(after.regionCode).toBe("32.11");
    expect(after.isDemo).toBe(before.isDemo);

    const event = await db().auditEvent.findFirstOrThrow({
      where: { action: "software.updated", entityId: after.id },
    });
    expect(event).toMatchObject({ actorId: userId, regionCode: "32.11" });
    expect(event.details).toMatchObject({ slug: "e-naskah", name: "e-Naskah Terpadu" });

    // The page and the export show the new data under the same address.
    const page = await get(entryLoader, "/software/e-naskah", {
      cookie,
      params: { slug: "e-naskah" },
    });
    expect((page.body as { entry: { name: string } }).entry.name).toBe("e-Naskah Terpadu");
    const exported = (await exportLoader({
      request: new Request("http://localhost/software/e-naskah/publiccode.yml"),
      params: { slug: "e-naskah" },
      context: {},
    } as never)) as Response;
    expect(await exported.text()).toContain("name: e-Naskah Terpadu");
  });

  it("takes an uploaded publiccode.yml over the pasted text, and the secretary may edit too", async () => {
    const { cookie } = await sessionFor(DEMO.sekdaSumedang);
    const valid = await readFile(path.join(FIXTURES, "valid-0.4-eoffice.yml"), "utf8");
    const saved = await postForm(
      editAction,
      editOf("siaduan").url,
      { publiccode: "name: ignored", indicators: "42", tech: "", requirements: "", readme: "" },
      {
        cookie,
        params: editOf("siaduan").params,
        file: new File([valid], "publiccode.yml", { type: "application/yaml" }),
      },
    );
    expect(saved.status).toBe(302);
    const entry = await snapshot("siaduan");
    expect(entry.slug).toBe("siaduan");
    expect(entry.name).toBe("SiKantor");
    // Emptied portal fields are emptied.
    expect(entry.tech).toEqual([]);
    expect(entry.requirements).toBeNull();
    expect(entry.readme).toBe("");
  });

  it("changes nothing when the publiccode.yml is invalid, and reports each problem with path and line", async () => {
    const { cookie } = await sessionFor(DEMO.devSumedang);
    const before = await snapshot("satudata-kit");
    const events = await auditCount("satudata-kit");
    const invalid = await readFile(path.join(FIXTURES, "invalid-issue.yml"), "utf8");
    const refused = await postForm(
      editAction,
      editOf("satudata-kit").url,
      { publiccode: invalid, indicators: "11", tech: "go", requirements: "x", readme: "y" },
      { cookie, params: editOf("satudata-kit").params },
    );
    expect(refused.status).toBe(400);
    const body = refused.body as {
      formError: string;
      problems: PubliccodeProblem[];
      values: Record<string, string>;
    };
    expect(body.formError).toBe("software.new.invalid");
    expect(body.problems.map((e) => e.path).sort()).toEqual([
      "description.en.shortDescription",
      "legal.license",
      "name",
    ]);
    for (const error of body.problems) expect(typeof error.line).toBe("number");
    // What the page shows, in the reader's language.
    const license = body.problems.find((e) => e.path === "legal.license")!;
    expect(problemMessage(translator("id"), license)).toContain(
      "bukan ekspresi lisensi SPDX yang sah",
    );
    expect(problemMessage(translator("en"), license)).toContain("is not a valid SPDX");
    // The form comes back as typed (a form sends its line breaks as CRLF).
    expect(body.values).toMatchObject({ tech: "go", readme: "y" });
    expect(body.values.publiccode!.replace(/\r\n/g, "\n")).toBe(invalid);
    expect(await snapshot("satudata-kit")).toEqual(before);
    expect(await auditCount("satudata-kit")).toBe(events);

    // Invalid portal fields are refused before anything is checked or written, too.
    const badIndicator = await postForm(
      editAction,
      editOf("satudata-kit").url,
      {
        publiccode: await readFile(path.join(FIXTURES, "valid-0.4-eoffice.yml"), "utf8"),
        indicators: "99",
        tech: "",
        requirements: "",
        readme: "",
      },
      { cookie, params: editOf("satudata-kit").params },
    );
    expect(badIndicator.status).toBe(400);
    expect((badIndicator.body as { formError: string }).formError).toBe("software.new.metaInvalid");
    expect(await snapshot("satudata-kit")).toEqual(before);
    expect(await auditCount("satudata-kit")).toBe(events);
  });

  it("shows a publiccode.yml beyond the validator's limits as one problem on the form and saves nothing", async () => {
    const { cookie } = await sessionFor(DEMO.devSumedang);
    const before = await snapshot("satudata-kit");
    const events = await auditCount("satudata-kit");
    const entries = await db().softwareEntry.count();
    const fields = { indicators: "11", tech: "go", requirements: "", readme: "" };
    for (const [publiccode, key] of [
      [billionLaughs(), "publiccode.error.tooManyNodes"],
      // Pasted text has no file size to check first: the validator refuses it.
      [manyKeys(60_000), "publiccode.error.tooLarge"],
    ] as const) {
      const edited = await postForm(
        editAction,
        editOf("satudata-kit").url,
        { publiccode, ...fields },
        { cookie, params: editOf("satudata-kit").params },
      );
      expect(edited.status).toBe(400);
      const body = edited.body as { formError: string; problems: PubliccodeProblem[] };
      expect(body.formError).toBe("software.new.invalid");
      expect(body.problems.map((e) => e.key)).toEqual([key]);
      expect(problemMessage(translator("id"), body.problems[0]!)).not.toMatch(/\{\w+\}/);
      const published = await postForm(
        newAction,
        "/software/new",
        { regionCode: "32.11", publiccode, ...fields },
        { cookie },
      );
      expect(published.status).toBe(400);
      expect(
        (published.body as { problems: PubliccodeProblem[] }).problems.map((e) => e.key),
      ).toEqual([key]);
    }
    expect(await snapshot("satudata-kit")).toEqual(before);
    expect(await auditCount("satudata-kit")).toBe(events);
    expect(await db().softwareEntry.count()).toBe(entries);
  });

  it("is for the owning region's people (and admins): others get 403, and the page offers the link only to them", async () => {
    const before = await snapshot("pustaka-spbe");
    // Its own repository: another entry's would first ask for a confirmation.
    const valid = (await readFile(path.join(FIXTURES, "valid-0.4-eoffice.yml"), "utf8")).replace(
      /^url: .*$/m,
      `url: "${before.url}"`,
    );
    const owner = before.regionCode;
    expect(owner).toBe("32.11");
    const fields = { publiccode: valid, indicators: "", tech: "", requirements: "", readme: "" };
    for (const email of [DEMO.devBandung, DEMO.sekdaBandung]) {
      const { cookie } = await sessionFor(email);
      const page = await get(editLoader, "/software/pustaka-spbe/edit", {
        cookie,
        params: { slug: "pustaka-spbe" },
      });
      expect(page.status, email).toBe(403);
      const posted = await postForm(editAction, editOf("pustaka-spbe").url, fields, {
        cookie,
        params: editOf("pustaka-spbe").params,
      });
      expect(posted.status, email).toBe(403);
      const entry = await get(entryLoader, "/software/pustaka-spbe", {
        cookie,
        params: { slug: "pustaka-spbe" },
      });
      expect((entry.body as { mayManage: boolean }).mayManage, email).toBe(false);
    }
    const anonymous = await postForm(editAction, editOf("pustaka-spbe").url, fields, {
      params: editOf("pustaka-spbe").params,
    });
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/login/);
    expect(await snapshot("pustaka-spbe")).toEqual(before);
    expect(await auditCount("pustaka-spbe")).toBe(0);

    for (const email of [DEMO.devSumedang, DEMO.admin]) {
      const { cookie } = await sessionFor(email);
      const entry = await get(entryLoader, "/software/pustaka-spbe", {
        cookie,
        params: { slug: "pustaka-spbe" },
      });
      expect((entry.body as { mayManage: boolean }).mayManage, email).toBe(true);
      const page = await get(editLoader, "/software/pustaka-spbe/edit", {
        cookie,
        params: { slug: "pustaka-spbe" },
      });
      expect(page.status, email).toBe(200);
    }
    const { cookie } = await sessionFor(DEMO.admin);
    expect(
      (
        await postForm(editAction, editOf("pustaka-spbe").url, fields, {
          cookie,
          params: editOf("pustaka-spbe").params,
        })
      ).status,
    ).toBe(302);
    expect(await auditCount("pustaka-spbe")).toBe(1);
    expect(
      (await get(editLoader, "/software/nope/edit", { cookie, params: { slug: "nope" } })).status,
    ).toBe(404);
  });

  it("publishes through the same form reading: a new entry keeps the chosen region and fields", async () => {
    const { cookie } = await sessionFor(DEMO.devSumedang);
    const valid = await readFile(path.join(FIXTURES, "valid-0.2.yml"), "utf8");
    const created = await postForm(
      newAction,
      "/software/new",
      {
        regionCode: "32.11",
        publiccode: valid,
        indicators: "11",
        tech: "python",
        requirements: "",
        readme: "Baca saya",
      },
      { cookie },
    );
    expect(created.status).toBe(302);
    // Without an intent the form's default is "Simpan draf": a draft, for review later.
    expect(created.location).toMatch(/\?saved=draft$/);
    const slug = created.location!.replace("/software/", "").replace(/\?.*$/, "");
    const entry = await snapshot(slug);
    expect(entry).toMatchObject({
      regionCode: "32.11",
      tech: ["python"],
      readme: "Baca saya",
      status: "DRAFT",
    });
    expect(entry.indicators).toHaveLength(1);
    const big = await postForm(
      newAction,
      "/software/new",
      {
        regionCode: "32.11",
        publiccode: "",
        indicators: "",
        tech: "",
        requirements: "",
        readme: "",
      },
      { cookie, file: new File(["#".repeat(1024 * 1024 + 1)], "publiccode.yml") },
    );
    expect(big.status).toBe(400);
    expect((big.body as { formError: string }).formError).toBe("software.form.fileTooLarge");
  });
});

describe("a repository already in the catalogue", () => {
  const bandungForm = (publiccode: string, extra: Record<string, string> = {}) => ({
    regionCode: "32.73",
    publiccode,
    indicators: "",
    tech: "",
    requirements: "",
    readme: "",
    ...extra,
  });

  it("warns before publishing another region's repository again, naming that entry, and saves only once confirmed", async () => {
    const { cookie } = await sessionFor(DEMO.devBandung);
    const original = await db().softwareEntry.findUniqueOrThrow({
      where: { slug: "e-naskah" },
      include: { region: true },
    });
    expect(original.regionCode).toBe("32.11");
    const valid = await readFile(path.join(FIXTURES, "valid-0.2.yml"), "utf8");
    // The same repository written differently: upper-case host, no ".git", a trailing slash.
    const sameRepository = original.url
      .replace("git.example.go.id", "Git.Example.GO.id")
      .replace(/\.git$/, "/");
    expect(sameRepository).not.toBe(original.url);
    const yaml = valid.replace(/^url: .*$/m, `url: "${sameRepository}"`);
    const count = await db().softwareEntry.count();

    const warned = await postForm(newAction, "/software/new", bandungForm(yaml), { cookie });
    expect(warned.status).toBe(409);
    expect(warned.body).toMatchObject({
      formError: "software.sameRepository.notSaved",
      sameRepository: {
        slug: "e-naskah",
        name: original.name,
        regionCode: "32.11",
        regionName: original.region.name,
      },
    });
    // What was typed comes back to the form.
    expect((warned.body as { values: { publiccode: string } }).values.publiccode).toContain(
      sameRepository,
    );
    expect(translator("id")("software.sameRepository.confirm")).toContain("Saya sudah memeriksa");
    expect(await db().softwareEntry.count()).toBe(count);

    // A confirmation for some other entry is not this one's.
    const wrongConfirmation = await postForm(
      newAction,
      "/software/new",
      bandungForm(yaml, { confirmSameRepositoryAs: "pustaka-spbe" }),
      { cookie },
    );
    expect(wrongConfirmation.status).toBe(409);
    expect(await db().softwareEntry.count()).toBe(count);

    const confirmed = await postForm(
      newAction,
      "/software/new",
      bandungForm(yaml, { confirmSameRepositoryAs: "e-naskah" }),
      { cookie },
    );
    expect(confirmed.status).toBe(302);
    const slug = confirmed.location!.replace("/software/", "").replace(/\?.*$/, "");
    expect(await snapshot(slug)).toMatchObject({ regionCode: "32.73", url: sameRepository });
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { action: "software.created", details: { path: ["slug"], equals: slug } },
    });
    expect(audit.details).toMatchObject({ sameRepositoryAs: "e-naskah" });
  });

  it("warns when an edit takes another entry's repository, and not for the entry's own", async () => {
    const { cookie } = await sessionFor(DEMO.devSumedang);
    const other = await db().softwareEntry.findFirstOrThrow({
      where: { regionCode: { not: "32.11" } },
      orderBy: { slug: "asc" },
      include: { region: true },
    });
    const form = await get(editLoader, "/software/satudata-kit/edit", {
      cookie,
      params: { slug: "satudata-kit" },
    });
    const values = (form.body as { values: Record<string, string> }).values;
    const before = await snapshot("satudata-kit");
    const taken = values.publiccode!.replace(/^url: .*$/m, `url: "${other.url}"`);
    expect(taken).not.toBe(values.publiccode);

    const warned = await postForm(
      editAction,
      editOf("satudata-kit").url,
      { ...values, publiccode: taken },
      { cookie, params: editOf("satudata-kit").params },
    );
    expect(warned.status).toBe(409);
    expect(warned.body).toMatchObject({
      sameRepository: { slug: other.slug, name: other.name, regionName: other.region.name },
    });
    expect(await snapshot("satudata-kit")).toEqual(before);

    // Saving the entry with its own repository asks nothing.
    const own = await postForm(editAction, editOf("satudata-kit").url, values, {
      cookie,
      params: editOf("satudata-kit").params,
    });
    expect(own.status).toBe(302);
  });

  it("compares repository URLs by host (any case), path, without a trailing slash or .git", () => {
    expect(normaliseRepositoryUrl("https://GitHub.com/Pemkab/SiKantor.git/")).toBe(
      "github.com/Pemkab/SiKantor",
    );
    expect(normaliseRepositoryUrl("http://github.com/Pemkab/SiKantor")).toBe(
      "github.com/Pemkab/SiKantor",
    );
    expect(normaliseRepositoryUrl("https://gitlab.com/a/b")).not.toBe(
      normaliseRepositoryUrl("https://gitlab.com/a/bc"),
    );
  });
});
