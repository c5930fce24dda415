// The file types the portal accepts. The type of an upload is detected from its bytes (file-type);
// its declared name must end with one of the extensions listed here for that type. Which types are
// allowed is configurable: env FILE_ALLOWED_TYPES (comma-separated MIME types) narrows the default.

export interface FileTypeInfo {
  /** The MIME type that file-type reports for this kind of file. */
  mime: string;
  /** Lower-case extensions, without the dot, a name may end with; the first is the canonical one. */
  extensions: readonly string[];
  /** A short human label (the same in every language: format names are not translated). */
  label: string;
}

export const FILE_TYPES = {
  "application/pdf": { mime: "application/pdf", extensions: ["pdf"], label: "PDF" },
  "image/png": { mime: "image/png", extensions: ["png"], label: "PNG" },
  "image/jpeg": { mime: "image/jpeg", extensions: ["jpg", "jpeg"], label: "JPEG" },
  "image/gif": { mime: "image/gif", extensions: ["gif"], label: "GIF" },
  "image/webp": { mime: "image/webp", extensions: ["webp"], label: "WebP" },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extensions: ["docx"],
    label: "DOCX",
  },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extensions: ["xlsx"],
    label: "XLSX",
  },
  "application/vnd.oasis.opendocument.text": {
    mime: "application/vnd.oasis.opendocument.text",
    extensions: ["odt"],
    label: "ODT",
  },
  "application/zip": { mime: "application/zip", extensions: ["zip"], label: "ZIP" },
  // Software source archives (tar.gz). file-type reports any gzip stream as application/gzip.
  "application/gzip": { mime: "application/gzip", extensions: ["tar.gz", "tgz"], label: "TAR.GZ" },
} as const satisfies Record<string, FileTypeInfo>;

export type AllowedMimeType = keyof typeof FILE_TYPES;

/** Every known type: the default when FILE_ALLOWED_TYPES is not set. */
export const DEFAULT_ALLOWED_TYPES: readonly AllowedMimeType[] = Object.keys(
  FILE_TYPES,
) as AllowedMimeType[];

/** Documents and images (attachments, evidence): everything but source archives. */
export const DOCUMENT_TYPES: readonly AllowedMimeType[] = DEFAULT_ALLOWED_TYPES.filter(
  (mime) => mime !== "application/gzip",
);

/** Other names seen in the wild for the same types (browsers, Windows, old configs). */
const MIME_ALIASES: Record<string, AllowedMimeType> = {
  "image/jpg": "image/jpeg",
  "image/pjpeg": "image/jpeg",
  "application/x-gzip": "application/gzip",
  "application/x-tar+gzip": "application/gzip",
  "application/x-zip-compressed": "application/zip",
  "application/x-zip": "application/zip",
};

/**
 * Types whose files are ZIP archives inside. file-type names the more precise type (DOCX, ODT,
 * JAR...); such a file may still be uploaded as a plain `.zip` where ZIP is allowed.
 */
export const ZIP_CONTAINER_TYPES: ReadonlySet<string> = new Set([
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.oasis.opendocument.text-template",
  "application/vnd.oasis.opendocument.spreadsheet",
  "application/vnd.oasis.opendocument.spreadsheet-template",
  "application/vnd.oasis.opendocument.presentation",
  "application/vnd.oasis.opendocument.presentation-template",
  "application/vnd.oasis.opendocument.graphics",
  "application/vnd.oasis.opendocument.graphics-template",
  "application/epub+zip",
  "application/java-archive",
  "application/vnd.android.package-archive",
  "application/x-xpinstall",
  "model/3mf",
]);

export function isKnownType(mime: string): mime is AllowedMimeType {
  return Object.hasOwn(FILE_TYPES, mime);
}

/** Canonical name of a MIME type given by a person (lower case, aliases resolved), or undefined. */
export function normaliseMimeType(value: string): AllowedMimeType | undefined {
  const mime = value.trim().toLowerCase();
  if (isKnownType(mime)) return mime;
  return MIME_ALIASES[mime];
}

/**
 * The allowed types from env FILE_ALLOWED_TYPES ("application/pdf,image/png"), or the default list
 * when it is unset or blank. An unknown type is a configuration error: it throws, naming the known
 * ones, so a typo fails at start-up rather than silently refusing every upload.
 */
export function parseAllowedTypes(env: {
  FILE_ALLOWED_TYPES?: string | undefined;
  [name: string]: string | undefined;
}): AllowedMimeType[] {
  const raw = env.FILE_ALLOWED_TYPES?.trim();
  if (!raw) return [...DEFAULT_ALLOWED_TYPES];
  const types: AllowedMimeType[] = [];
  const unknown: string[] = [];
  for (const item of raw.split(",")) {
    if (!item.trim()) continue;
    const mime = normaliseMimeType(item);
    if (!mime) unknown.push(item.trim());
    else if (!types.includes(mime)) types.push(mime);
  }
  if (unknown.length > 0) {
    throw new Error(
      `FILE_ALLOWED_TYPES: unknown type(s) ${unknown.join(", ")}; ` +
        `known: ${DEFAULT_ALLOWED_TYPES.join(", ")}`,
    );
  }
  if (types.length === 0) throw new Error("FILE_ALLOWED_TYPES lists no type");
  return types;
}

/** The largest upload when env FILE_MAX_BYTES is unset: 25 MB. */
export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;

/**
 * The upload limit from env FILE_MAX_BYTES (a whole number of bytes), or DEFAULT_MAX_BYTES when it
 * is unset or blank. Anything else throws, naming the variable.
 */
export function parseMaxBytes(text: string | undefined): number {
  const raw = text?.trim();
  if (!raw) return DEFAULT_MAX_BYTES;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new Error(`FILE_MAX_BYTES must be a positive whole number of bytes, not "${raw}"`);
  }
  return value;
}

/**
 * The extension a declared file name ends with, lower case and without the dot ("tar.gz" counts as
 * one), or "" when it has none.
 */
export function extensionOf(name: string): string {
  const lower = name.toLowerCase();
  if (lower.endsWith(".tar.gz") && lower.length > ".tar.gz".length) return "tar.gz";
  const dot = lower.lastIndexOf(".");
  if (dot <= 0 || dot === lower.length - 1) return "";
  return lower.slice(dot + 1);
}

/** "PDF, PNG, JPEG" for a list of types: used in error details shown to people. */
export function describeTypes(types: readonly string[]): string {
  return types.map((mime) => (isKnownType(mime) ? FILE_TYPES[mime].label : mime)).join(", ");
}
