// npm run content:import -- <dir>
// Imports <dir>/*.md as practices (upsert by slug), whether or not the portal is running.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { resolveDatabase } from "./lib/embedded-database";
import { applyMigrations } from "./lib/migrations";

const dirArgument = process.argv[2];
if (!dirArgument) {
  console.error(
    "Usage: npm run content:import -- <dir>   e.g. npm run content:import -- content/practices",
  );
  process.exit(1);
}
const dir = path.resolve(dirArgument);
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(`Not a folder: ${dir}`);
  process.exit(1);
}

const database = await resolveDatabase({ log: (line) => console.log(line) });
process.env.DATABASE_URL = database.url;
try {
  await applyMigrations(database.url);
  const { importPracticeFolder } = await import("../app/modules/practices/practice-import.server");
  const { translator } = await import("../app/i18n/translate");
  const t = translator(process.env.CONTENT_LANG === "en" ? "en" : "id");
  const report = await importPracticeFolder(dir);
  for (const problem of report.problems) {
    console.error(`${problem.file}: ${problem.field}: ${t(problem.message)}`);
  }
  console.log(
    `Practices: ${report.created.length} created, ${report.updated.length} updated, ${report.unchanged.length} unchanged, ` +
      `${new Set(report.problems.map((p) => p.file)).size} file(s) refused.`,
  );
  // <dir>/software/<slug>/publiccode.yml (+ livinglab.yml): the code catalogue.
  const { importSoftwareFolder } = await import("../app/modules/software/software-import.server");
  const software = await importSoftwareFolder(path.join(dir, "software"));
  for (const problem of software.problems) {
    console.error(
      `${problem.file}${problem.line ? `:${problem.line}` : ""}: ${problem.path}: ${problem.message}`,
    );
  }
  if (
    software.created.length +
      software.updated.length +
      software.unchanged.length +
      software.problems.length >
    0
  ) {
    console.log(
      `Software: ${software.created.length} created, ${software.updated.length} updated, ${software.unchanged.length} unchanged, ` +
        `${new Set(software.problems.map((p) => p.file.split(path.sep)[0])).size} folder(s) refused.`,
    );
  }
  if (report.problems.length || software.problems.length) process.exitCode = 1;
  const { disconnectDb } = await import("../app/db.server");
  await disconnectDb();
} finally {
  await database.stop();
}
