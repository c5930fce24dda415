// Government acronyms and the words people use for the same thing. PostgreSQL expands the query
// with them; Meilisearch gets them as index synonyms. One list for both engines.

export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  [
    "tte",
    "tanda tangan elektronik",
    "tandatangan elektronik",
    "ttd elektronik",
    "tanda tangan digital",
  ],
  ["opd", "skpd", "perangkat daerah"],
  ["diskominfo", "dinas komunikasi dan informatika", "kominfo"],
  ["adminduk", "administrasi kependudukan"],
  ["dukcapil", "kependudukan dan pencatatan sipil"],
  ["spbe", "sistem pemerintahan berbasis elektronik", "e-government"],
  ["tnde", "tata naskah dinas elektronik", "e-office"],
  ["sakip", "akuntabilitas kinerja"],
  ["bsre", "balai sertifikasi elektronik"],
  ["ppid", "pejabat pengelola informasi dan dokumentasi"],
  ["umkm", "usaha mikro kecil dan menengah"],
  ["satu data", "one data", "data terpadu"],
  ["pad", "pendapatan asli daerah"],
  ["pengaduan", "aduan", "keluhan"],
  ["sp4n", "lapor"],
];

const MAX_ALTERNATIVES = 8;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// A multi-word synonym is inserted as plain words (all required), not as a quoted phrase:
// phrase matching makes PostgreSQL re-read every candidate's full vector, several times slower,
// for almost no gain in precision on names this specific.
function asWords(text: string): string {
  return text;
}

/** The query rewritten with each synonym of each variant it contains (the query itself excluded). */
export function synonymAlternatives(query: string): string[] {
  const lowered = query.toLowerCase();
  const alternatives = new Set<string>();
  for (const group of SYNONYM_GROUPS) {
    for (const variant of group) {
      const pattern = new RegExp(
        `(^|[^\\p{L}\\p{N}])${escapeRegExp(variant)}(?=$|[^\\p{L}\\p{N}])`,
        "u",
      );
      if (!pattern.test(lowered)) continue;
      for (const other of group) {
        if (other === variant) continue;
        alternatives.add(
          lowered.replace(pattern, (_match, lead: string) => `${lead}${asWords(other)}`),
        );
        if (alternatives.size >= MAX_ALTERNATIVES) return [...alternatives];
      }
    }
  }
  return [...alternatives];
}

/** Meilisearch's synonym map: every variant points at all the others in its group. */
export function synonymMap(
  transform: (text: string) => string = (text) => text,
): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const group of SYNONYM_GROUPS) {
    const variants = [...new Set(group.map(transform))];
    for (const variant of variants) {
      map[variant] = variants.filter((other) => other !== variant);
    }
  }
  return map;
}

/**
 * Alternatives that share words, as the shared words (each a unit) and the OR of the rest:
 * "satu data" | "one data" | "data terpadu" = "data" AND ("satu" | "one" | "terpadu"), the same
 * matches for an index lookup that is a third cheaper. An alternative made only of the shared
 * words absorbs the others.
 */
export function factorCommonWords(alternatives: string[]): string[][] {
  const wordsOf = alternatives.map((alternative) => alternative.split(" ").filter(Boolean));
  const lowered = wordsOf.map((words) => words.map((word) => word.toLowerCase()));
  const common = [...new Set(lowered[0] ?? [])].filter((word) =>
    lowered.every((words) => words.includes(word)),
  );
  if (alternatives.length < 2 || common.length === 0) return [alternatives];
  const rests = wordsOf.map((words) =>
    words.filter((word) => !common.includes(word.toLowerCase())).join(" "),
  );
  const shared = common.map((word) => [word]);
  return rests.includes("") ? shared : [...shared, [...new Set(rests)]];
}

/**
 * A plain query (no quotes, minus or "or") as units that must all match, each with its
 * alternatives: "layanan pengaduan" → [["layanan"], ["pengaduan", "aduan", "keluhan"]]. A unit
 * starts with the words as typed, capitals kept (words shared by all of a synonym group's
 * alternatives become units of their own, in lower case: factorCommonWords).
 * Keeping the query an AND at the top lets the index skip through common words.
 */
export function synonymUnits(query: string): string[][] {
  const typed = query.split(/\s+/).filter((word) => word.length > 0);
  const words = typed.map((word) => word.toLowerCase());
  const units: string[][] = [];
  let index = 0;
  while (index < words.length) {
    let matched: { length: number; group: readonly string[]; variant: string } | null = null;
    for (const group of SYNONYM_GROUPS) {
      for (const variant of group) {
        const parts = variant.split(" ");
        const candidate = words.slice(index, index + parts.length).join(" ");
        if (candidate === variant && (!matched || parts.length > matched.length)) {
          matched = { length: parts.length, group, variant };
        }
      }
    }
    if (matched) {
      const { variant, group } = matched;
      // As typed first (capitals mark an acronym to match exactly), then the other variants.
      const asTyped = typed.slice(index, index + matched.length).join(" ");
      units.push(...factorCommonWords([asTyped, ...group.filter((other) => other !== variant)]));
      index += matched.length;
    } else {
      units.push([typed[index]!]);
      index += 1;
    }
  }
  return units;
}
