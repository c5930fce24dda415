// publiccode.yml bodies that once froze the validator (nested aliases, tens of thousands of keys)
// and the largest body of a realistic shape that still fits the size limit. The unit tests, the
// HTTP test and `npm run bench:publiccode` send these same bodies.
import languages from "language-subtag-registry/data/json/language.json";

/**
 * "Billion laughs": `levels` anchored lists, each holding `fanOut` aliases of the one before, so a
 * few hundred bytes expand to fanOut^levels nodes (7 levels of 9: about 4.8 million).
 */
export function billionLaughs(levels = 7, fanOut = 9): string {
  const lines = [`l0: &l0 [${Array.from({ length: fanOut }, () => "x").join(",")}]`];
  for (let level = 1; level < levels; level += 1) {
    const aliases = Array.from({ length: fanOut }, () => `*l${level - 1}`).join(",");
    lines.push(`l${level}: &l${level} [${aliases}]`);
  }
  return `${lines.join("\n")}\n`;
}

/** `count` lines of `kN: v` (60,000 of them are 589 KB). */
export function manyKeys(count = 60_000): string {
  let out = "";
  for (let index = 0; index < count; index += 1) out += `k${index}: v\n`;
  return out;
}

const WORDS = (
  "aplikasi layanan publik pemerintah daerah arsip surat disposisi tanda tangan elektronik " +
  "integrasi data kependudukan laporan kinerja anggaran perencanaan pengaduan masyarakat " +
  "perizinan terpadu satu pintu interoperabilitas keamanan informasi pusat data nasional"
).split(" ");

/** A paragraph of `length` characters or a little less, wrapped at about 78 columns. */
function paragraph(length: number, seed: number): string[] {
  const lines: string[] = [];
  let line = "";
  let total = 0;
  for (let index = seed; total < length - 90; index += 7) {
    const word = WORDS[index % WORDS.length]!;
    if (line.length + word.length + 1 > 78) {
      lines.push(line);
      total += line.length + 1;
      line = "";
    }
    line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function descriptionBlock(lang: string, seed: number): string {
  const body = paragraph(9_500, seed)
    .map((line) => `      ${line}`)
    .join("\n");
  const features = Array.from(
    { length: 10 },
    (_, index) => `      - Fitur ${index + 1} untuk ${WORDS[(seed + index) % WORDS.length]}`,
  ).join("\n");
  return (
    `  ${lang}:\n` +
    `    localisedName: Aplikasi ${lang}\n` +
    `    shortDescription: Aplikasi perkantoran elektronik untuk surat dan disposisi (${lang}).\n` +
    `    longDescription: |\n${body}\n` +
    `    documentation: "https://docs.example.go.id/${lang}"\n` +
    `    features:\n${features}\n`
  );
}

/**
 * A valid publiccode.yml of realistic shape just under `maxBytes`: the given file with as many
 * further description languages (each with a long description of about 9,500 characters and ten
 * features) as fit. `base` must end with its `description:` section's languages at two spaces.
 */
export function largestRealistic(base: string, maxBytes: number): string {
  const marker = "\ndescription:\n";
  const at = base.indexOf(marker);
  if (at < 0) throw new Error("the base file has no top-level description section");
  const head = base.slice(0, at + marker.length);
  const tail = base.slice(at + marker.length);
  const taken = new Set(
    [...tail.matchAll(/^ {2}([a-zA-Z-]+):$/gm)].map((match) => match[1]!.toLowerCase()),
  );
  const codes = Object.keys(languages).filter(
    (code) => /^[a-z]{2}$/.test(code) && !taken.has(code),
  );
  let extra = "";
  for (const [index, code] of codes.entries()) {
    const block = descriptionBlock(code, index);
    if (Buffer.byteLength(head + extra + block + tail) > maxBytes) break;
    extra += block;
  }
  return head + extra + tail;
}
