import { mkdir, mkdtemp, readFile, readlink, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { restoreSymlinks } from "../../scripts/lib/embedded-database";

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

describe("PostgreSQL library links", () => {
  it("are restored when an install skipped the package's script, once", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "pg-links-"));
    dirs.push(dir);
    await mkdir(path.join(dir, "native", "lib"), { recursive: true });
    await writeFile(path.join(dir, "native", "lib", "libicuuc.so.60.2"), "library");
    await writeFile(
      path.join(dir, "native", "pg-symlinks.json"),
      JSON.stringify([
        { source: "native/lib/libicuuc.so.60.2", target: "native/lib/libicuuc.so.60" },
      ]),
    );
    expect(await restoreSymlinks(dir)).toBe(1);
    expect(await readlink(path.join(dir, "native", "lib", "libicuuc.so.60"))).toBe(
      "libicuuc.so.60.2",
    );
    expect(await readFile(path.join(dir, "native", "lib", "libicuuc.so.60"), "utf8")).toBe(
      "library",
    );
    expect(await restoreSymlinks(dir)).toBe(0);
  });
});
