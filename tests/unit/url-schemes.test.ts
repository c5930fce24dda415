// The portal's one rule for addresses that lead off it: http and https only. Checked by
// safeHttpUrl itself, by the publiccode.yml validator on every URL field (with a message naming
// the field in both languages), and by the Markdown renderer on links and images.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { translator } from "../../app/i18n/translate";
import { renderMarkdown } from "../../app/modules/practices/markdown.server";
import { validatePubliccode } from "../../app/modules/software/publiccode";
import { problemMessage } from "../../app/modules/software/problem-message";
import { safeHttpUrl } from "../../app/utils/safe-url";

const valid04 = readFileSync(
  fileURLToPath(new URL("../fixtures/publiccode/valid-0.4-eoffice.yml", import.meta.url)),
  "utf8",
);

/** The four schemes, in the spellings a browser still reads as them. */
const SCHEME_VARIANTS = [
  "javascript:alert(document.cookie)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "\u0001javascript:alert(1)",
  "javascript://example.go.id/%0aalert(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "DATA:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "VbScRiPt:msgbox(1)",
  "file:///etc/passwd",
  " FILE:///etc/passwd",
];

/** Not http(s) either, though no browser would run them: encoded, relative, with credentials. */
const OTHER_UNSAFE = [
  "&#106;avascript:alert(1)",
  "%6Aavascript:alert(1)",
  "//evil.example/x",
  "/\\evil.example/x",
  "https:evil.example",
  "https://sumedangkab.go.id@evil.example/",
  "https://admin:rahasia@sumedangkab.go.id/",
  "https://",
  "ftp://files.example.go.id/",
  "mailto:someone@example.go.id",
  "https://example.go.id/a b",
  "",
];

describe("safeHttpUrl", () => {
  it("keeps http and https addresses as given", () => {
    for (const url of [
      "https://github.com/pemkab-sumedang/sikantor.git",
      "http://example.go.id",
      "HTTPS://Example.go.id/Panduan?x=1#top",
      "https://[2001:db8::1]:8443/path",
    ]) {
      expect(safeHttpUrl(url), url).toBe(url);
    }
  });

  it("refuses every other scheme, however spelled, and anything else that is not http(s)", () => {
    for (const url of [...SCHEME_VARIANTS, ...OTHER_UNSAFE]) {
      expect(safeHttpUrl(url), JSON.stringify(url)).toBeNull();
    }
    for (const value of [undefined, null, 42, {}, ["https://example.go.id"]]) {
      expect(safeHttpUrl(value)).toBeNull();
    }
  });
});

/** The valid 0.4 file with one text replaced; fails if the text is not there. */
function variant(from: string, to: string): string {
  const changed = valid04.replace(from, to);
  expect(changed, `"${from}" is in the fixture`).not.toBe(valid04);
  return changed;
}

/** A YAML double-quoted scalar: JSON's escapes (\t, \n, \u0001) are YAML's too. */
const quoted = (value: string) => JSON.stringify(value);

const FIELDS: { path: string; yaml: (value: string) => string }[] = [
  {
    path: "url",
    yaml: (v) => variant('url: "https://github.com/pemkab-sumedang/sikantor.git"', `url: ${v}`),
  },
  {
    path: "landingURL",
    yaml: (v) => variant('landingURL: "https://sikantor.sumedangkab.go.id"', `landingURL: ${v}`),
  },
  {
    path: "roadmap",
    yaml: (v) =>
      variant('roadmap: "https://github.com/pemkab-sumedang/sikantor/milestones"', `roadmap: ${v}`),
  },
  {
    path: "isBasedOn[0]",
    yaml: (v) => variant('  - "https://github.com/example-region/e-office.git"', `  - ${v}`),
  },
  {
    path: "description.id.documentation",
    yaml: (v) =>
      variant('documentation: "https://sikantor.sumedangkab.go.id/panduan"', `documentation: ${v}`),
  },
  {
    path: "description.id.apiDocumentation",
    yaml: (v) =>
      variant(
        'apiDocumentation: "https://sikantor.sumedangkab.go.id/api/docs"',
        `apiDocumentation: ${v}`,
      ),
  },
  {
    path: "description.id.videos[0]",
    yaml: (v) =>
      variant(
        "      - img/screenshot-dashboard.png\n",
        `      - img/screenshot-dashboard.png\n    videos:\n      - ${v}\n`,
      ),
  },
  {
    path: "maintenance.contractors[0].website",
    yaml: (v) =>
      variant(
        "  type: internal\n  contacts:",
        `  type: contract\n  contractors:\n    - name: PT Contoh\n      until: 2030-01-01\n      website: ${v}\n  contacts:`,
      ),
  },
];

/** Fields that also take a path inside the repository. */
const PATH_FIELDS: { path: string; yaml: (value: string) => string }[] = [
  { path: "logo", yaml: (v) => variant("logo: img/logo.svg", `logo: ${v}`) },
  {
    path: "description.id.screenshots[0]",
    yaml: (v) => variant("      - img/screenshot-dashboard.png", `      - ${v}`),
  },
];

function expectRefused(text: string, field: string, value: string) {
  const result = validatePubliccode(text);
  const label = `${field} = ${JSON.stringify(value)}`;
  expect(result.valid, label).toBe(false);
  expect(result.data, label).toBeNull();
  const problem = result.errors.find((e) => e.path === field);
  expect(problem, `${label}: ${JSON.stringify(result.errors)}`).toBeDefined();
  for (const language of ["id", "en"] as const) {
    const message = problemMessage(translator(language), problem!);
    expect(message, `${label} (${language})`).toContain(`\u201c${field}\u201d`);
  }
}

describe("publiccode.yml URL fields", () => {
  it("accept the fixture's https addresses and repository paths", () => {
    const result = validatePubliccode(valid04);
    expect(result.errors).toEqual([]);
  });

  for (const field of FIELDS) {
    it(`refuse javascript:, data:, vbscript: and file: in ${field.path}, however spelled`, () => {
      for (const value of [...SCHEME_VARIANTS, ...OTHER_UNSAFE.filter((v) => v !== "")]) {
        expectRefused(field.yaml(quoted(value)), field.path, value);
      }
    });
  }

  for (const field of PATH_FIELDS) {
    it(`refuse javascript:, data:, vbscript: and file: in ${field.path}, however spelled`, () => {
      for (const value of [
        ...SCHEME_VARIANTS.map((v) => `${v}//x.png`),
        "//evil.example/logo.png",
        "\\\\evil.example\\logo.png",
        "https://admin:rahasia@example.go.id/logo.png",
      ]) {
        expectRefused(field.yaml(quoted(value)), field.path, value);
      }
    });
  }
});

describe("Markdown links and images", () => {
  const hrefOf = (markdown: string) => /\shref="([^"]*)"/.exec(renderMarkdown(markdown))?.[1];

  it("keep http(s), mailto and addresses within the portal", () => {
    expect(hrefOf("[a](https://example.go.id/panduan)")).toBe("https://example.go.id/panduan");
    expect(hrefOf("[a](http://example.go.id)")).toBe("http://example.go.id");
    expect(hrefOf("[a](mailto:dewi@sumedangkab.go.id)")).toBe("mailto:dewi@sumedangkab.go.id");
    expect(hrefOf("[a](/practices/tte-naskah-dinas-sumedang)")).toBe(
      "/practices/tte-naskah-dinas-sumedang",
    );
    expect(hrefOf("[a](#hasil)")).toBe("#hasil");
  });

  it("drop the href of every other scheme and of protocol-relative or credential tricks", () => {
    for (const value of [
      ...SCHEME_VARIANTS,
      "//evil.example",
      "https:evil.example",
      "https://sumedangkab.go.id@evil.example/",
    ]) {
      for (const markdown of [
        `[a](<${value}>)`,
        `<a href="${value.replace(/"/g, "&quot;")}">a</a>`,
        `<a href="${value.replace(/[a-z]/, (c) => `&#${c.charCodeAt(0)};`)}">a</a>`,
      ]) {
        const html = renderMarkdown(markdown);
        const href = /\shref="([^"]*)"/.exec(html)?.[1];
        if (href !== undefined) {
          // Only a harmless relative address may be left (marked escapes what it cannot link).
          expect(href, markdown).not.toMatch(/^[a-z][a-z0-9+.-]*:|^[/\\]{2}/i);
        }
      }
    }
    expect(renderMarkdown('<a href="/\\evil.example">a</a>')).not.toContain("href");
  });

  it("show images from https addresses only, without credentials", () => {
    expect(renderMarkdown("![x](https://example.go.id/a.png)")).toContain(
      'src="https://example.go.id/a.png"',
    );
    for (const src of [
      "http://example.go.id/a.png",
      "data:image/png;base64,AAAA",
      "javascript:alert(1)",
      "//evil.example/a.png",
      "https://admin:rahasia@example.go.id/a.png",
    ]) {
      expect(renderMarkdown(`![x](${src})`), src).not.toContain("src=");
    }
  });
});
