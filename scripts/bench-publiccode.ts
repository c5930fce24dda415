// npm run bench:publiccode [-- --rounds 5]   (node runs with --expose-gc: a collection between bodies)
// Times validatePubliccode (what POST /api/software/validate and the publish and edit forms run,
// synchronously, on the event loop) on hostile and on large bodies, and prints the worst case.
// Every body must be answered, accepted or refused, well within TARGET_MS.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseDocument } from "yaml";
import { z } from "zod";
import { PROJECT_ROOT } from "./lib/embedded-database";
import { billionLaughs, largestRealistic, manyKeys } from "./lib/bench/publiccode-payloads";
import { validatePubliccode } from "../app/modules/software/publiccode";
import { PUBLICCODE_LIMITS } from "../app/modules/software/publiccode/limits";

const TARGET_MS = 100;

const { values } = parseArgs({ options: { rounds: { type: "string", default: "5" } } });
const { rounds } = z.object({ rounds: z.coerce.number().int().min(1).max(100) }).parse(values);

const fixture = (name: string) =>
  readFileSync(path.join(PROJECT_ROOT, "tests", "fixtures", "publiccode", name), "utf8");
const eoffice = fixture("valid-0.4-eoffice.yml");

const bodies: { name: string; text: string }[] = [
  { name: "billion laughs (7 levels x 9 aliases)", text: billionLaughs() },
  { name: "60,000 keys `kN: v`", text: manyKeys(60_000) },
  { name: "25,000 keys `kN: v` (fits 256 KB)", text: manyKeys(25_000) },
  {
    name: "flow list over the token limit",
    text: `[${"a,".repeat(PUBLICCODE_LIMITS.maxTokens)}a]`,
  },
  {
    name: "largest accepted body, realistic shape",
    text: largestRealistic(eoffice, PUBLICCODE_LIMITS.maxBytes),
  },
  {
    name: "1 MB of realistic shape (the old limit)",
    text: largestRealistic(eoffice, 1024 * 1024),
  },
  {
    name: "list just under the token limit",
    text: "- a\n".repeat(Math.floor(PUBLICCODE_LIMITS.maxTokens / 5) - 10),
  },
  { name: "unclosed flow lists, 100,000 deep", text: "[".repeat(100_000) },
  {
    name: "a 250 KB emoji longDescription",
    text: eoffice.replace(
      /longDescription: \|\n( {6}.*\n)+/,
      `longDescription: "${"\u{1F44D}\u{1F3FD}".repeat(32_000)}"\n`,
    ),
  },
  {
    name: "one long description aliased 150 times",
    text: eoffice.replace(
      "description:\n  id:\n",
      `x-long: &long "${"é\u0301 ".repeat(5_000)}"\ndescription:\n${Array.from(
        { length: 150 },
        (_, index) => `  x${index}: {shortDescription: s, longDescription: *long, features: [a]}\n`,
      ).join("")}  id:\n`,
    ),
  },
  { name: "fixture valid-0.4-eoffice.yml", text: eoffice },
  { name: "fixture valid-0.2.yml", text: fixture("valid-0.2.yml") },
];

const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

// Warm up the JIT and the lazily loaded registries on a normal file.
for (let index = 0; index < 20; index += 1) validatePubliccode(eoffice);

console.log(
  `validatePubliccode, ${rounds} rounds each (ms); target: every body under ${TARGET_MS} ms`,
);
console.log(
  `limits: ${PUBLICCODE_LIMITS.maxBytes} bytes, ${PUBLICCODE_LIMITS.maxLines} lines, ` +
    `${PUBLICCODE_LIMITS.maxTokens} tokens, ` +
    `depth ${PUBLICCODE_LIMITS.maxDepth}, ${PUBLICCODE_LIMITS.maxNodes} nodes, ${PUBLICCODE_LIMITS.maxKeys} keys, ` +
    `${PUBLICCODE_LIMITS.maxProblems} problems listed\n`,
);
console.log(
  `${"body".padEnd(42)}${"bytes".padStart(9)}${"yaml parse".padStart(12)}${"min".padStart(9)}` +
    `${"median".padStart(9)}${"max".padStart(9)}  outcome`,
);
let worst = { name: "", ms: 0 };
for (const body of bodies) {
  // The garbage of the previous body (and of its reference parse) is not this body's cost.
  collectGarbage();
  const samples: number[] = [];
  let outcome = "";
  for (let round = 0; round < rounds; round += 1) {
    let result: ReturnType<typeof validatePubliccode> | undefined;
    samples.push(time(() => (result = validatePubliccode(body.text))));
    outcome = result!.valid
      ? "valid"
      : result!.refusal
        ? `refused (${result!.refusal}: ${result!.errors[0]?.key})`
        : `invalid, ${result!.errors.length} problems`;
  }
  samples.sort((a, b) => a - b);
  // What the yaml package alone takes for the whole text (the old code parsed it all), for scale.
  const parseMs = time(() => parseDocument(body.text, { uniqueKeys: false }));
  const max = samples[samples.length - 1]!;
  if (max > worst.ms) worst = { name: body.name, ms: max };
  const ms = (value: number) => value.toFixed(1).padStart(9);
  console.log(
    `${body.name.padEnd(42)}${String(Buffer.byteLength(body.text)).padStart(9)}` +
      `${parseMs.toFixed(1).padStart(12)}${ms(samples[0]!)}` +
      `${ms(samples[Math.floor(samples.length / 2)]!)}${ms(max)}  ${outcome}`,
  );
}
console.log(`\nworst case: ${worst.ms.toFixed(1)} ms (${worst.name})`);
if (worst.ms > TARGET_MS) {
  console.log(`ABOVE TARGET: ${worst.ms.toFixed(1)} ms > ${TARGET_MS} ms`);
  process.exitCode = 1;
}
