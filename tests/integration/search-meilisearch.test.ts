// Runs the conformance suite against a real Meilisearch when MEILI_HOST is set (e.g.
// MEILI_HOST=http://127.0.0.1:7700 MEILI_API_KEY=… npm test). Without it the suite is reported
// as skipped, by name, in every run.
import { describe, it } from "vitest";
import { dbPool } from "../../app/db.server";
import { createMeiliEngine } from "../../app/modules/search/meilisearch/meili-engine.server";
import { postgresStemmer } from "../../app/modules/search/search.server";
import { defineSearchConformance } from "../support/search-conformance";

const host = process.env.MEILI_HOST;

if (host) {
  defineSearchConformance("Meilisearch", async () => {
    const engine = createMeiliEngine({
      host,
      apiKey: process.env.MEILI_API_KEY,
      indexName: `livinglab_test_${process.pid}_${Date.now()}`,
      stem: postgresStemmer(dbPool()),
    });
    await engine.prepare();
    return engine;
  });
} else {
  console.warn("[search] Meilisearch conformance suite NOT RUN: MEILI_HOST is not set.");
  describe("search conformance: Meilisearch", () => {
    it.skip("NOT RUN: MEILI_HOST is not set (no Meilisearch server on this machine)", () => {});
  });
}
