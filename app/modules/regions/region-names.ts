// Turns the upper-case names of idn-area-data into the names people write.

const LOWER_WORDS = new Set(["dan"]);
const UPPER_WORDS = new Set(["DKI"]);

export function properCase(upper: string): string {
  return upper
    .trim()
    .split(/\s+/)
    .map((word, index) => {
      if (UPPER_WORDS.has(word)) return word;
      const lower = word.toLowerCase();
      if (index > 0 && LOWER_WORDS.has(lower)) return lower;
      return lower.replace(
        /(^|[-'(/])(\p{L})/gu,
        (_, lead: string, letter: string) => lead + letter.toUpperCase(),
      );
    })
    .join(" ");
}

export type RegionKindName = "KABUPATEN" | "KOTA";

const PREFIXES: Array<{ prefix: string; kind: RegionKindName }> = [
  { prefix: "KABUPATEN ADMINISTRASI ", kind: "KABUPATEN" },
  { prefix: "KOTA ADMINISTRASI ", kind: "KOTA" },
  { prefix: "KABUPATEN ", kind: "KABUPATEN" },
  { prefix: "KOTA ", kind: "KOTA" },
];

/** "KABUPATEN SUMEDANG" -> { kind: KABUPATEN, name: "Kabupaten Sumedang", shortName: "Sumedang" } */
export function parseRegencyName(upper: string): {
  kind: RegionKindName;
  name: string;
  shortName: string;
} {
  const normalised = upper.trim().replace(/\s+/g, " ").toUpperCase();
  const match = PREFIXES.find(({ prefix }) => normalised.startsWith(prefix));
  if (!match) throw new Error(`Not a kabupaten/kota name: "${upper}"`);
  return {
    kind: match.kind,
    name: properCase(normalised),
    shortName: properCase(normalised.slice(match.prefix.length)),
  };
}
