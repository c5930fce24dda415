// The manifest of a backup (manifest.json): what the backup holds, each part with its size and
// SHA-256, so a restore can tell a complete, untouched backup from a damaged one before it
// changes anything.
import { createHash } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

export const MANIFEST_NAME = "manifest.json";
export const DUMP_NAME = "database.dump";
export const FILES_DIR = "files";

const sha256Text = z.string().regex(/^[0-9a-f]{64}$/, "must be a lowercase hex SHA-256");
/** A path inside the backup folder: relative, with no `..`, no absolute or backslash parts. */
const relativePath = z
  .string()
  .min(1)
  .refine(
    (value) =>
      !path.isAbsolute(value) &&
      !value.includes("\\") &&
      value.split("/").every((part) => part !== "" && part !== "." && part !== ".."),
    "must be a relative path inside the backup",
  );

const entry = z.object({
  path: relativePath,
  size: z.number().int().nonnegative(),
  sha256: sha256Text,
});

export const manifestSchema = z.object({
  format: z.literal(1),
  createdAt: z.iso.datetime(),
  portalVersion: z.string().min(1),
  lastMigration: z.string().nullable(),
  database: entry,
  files: z.array(entry),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = z.infer<typeof entry>;

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export async function describeFile(root: string, relative: string): Promise<ManifestEntry> {
  const full = path.join(root, relative);
  const [info, sha256] = await Promise.all([stat(full), sha256OfFile(full)]);
  return { path: relative.split(path.sep).join("/"), size: info.size, sha256 };
}

/** Reads and checks manifest.json; throws a message that says what is wrong. */
export async function readManifest(dir: string): Promise<Manifest> {
  const file = path.join(dir, MANIFEST_NAME);
  if (!existsSync(file)) throw new Error(`No ${MANIFEST_NAME} in ${dir}: this is not a backup.`);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch {
    throw new Error(`${file} is not valid JSON.`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
      .join("; ");
    throw new Error(`${file} is not a valid backup manifest (${problems}).`);
  }
  return parsed.data;
}

/**
 * Checks every part the manifest lists against its size and SHA-256. Answers the problems found
 * (missing or changed files), empty when the backup is intact.
 */
export async function verifyBackup(dir: string, manifest: Manifest): Promise<string[]> {
  const problems: string[] = [];
  for (const part of [manifest.database, ...manifest.files]) {
    const full = path.join(dir, part.path);
    const info = await stat(full).catch(() => null);
    if (!info?.isFile()) {
      problems.push(`missing: ${part.path}`);
      continue;
    }
    if (info.size !== part.size) {
      problems.push(`changed: ${part.path} (${info.size} bytes, manifest says ${part.size})`);
      continue;
    }
    if ((await sha256OfFile(full)) !== part.sha256) {
      problems.push(`changed: ${part.path} (SHA-256 differs from the manifest)`);
    }
  }
  return problems;
}
