// The dedicated engine for large deployments: Meilisearch, chosen when MEILI_HOST is set. Writes
// reach it through the SearchOutbox (search-outbox.server.ts); searches go straight to it.
import { Meilisearch, type Index } from "meilisearch";
import { markedSnippet, MARK_START } from "../snippet";
import { SYNONYM_GROUPS } from "../synonyms";
import {
  emptyFacets,
  toSearchHit,
  FACET_NAMES,
  type SearchDocumentInput,
  type SearchEngine,
  type SearchHit,
  type SearchRequest,
  type SearchResponse,
  type SearchViewer,
} from "../search.types";
import {
  FACET_ATTRIBUTES,
  indexSettings,
  meiliId,
  searchParams,
  stemQuery,
  toMeiliDocument,
  type MeiliDocument,
} from "./meili-requests";

/** Stems texts with the same stemmer as the documents (PostgreSQL's Snowball `indonesian`). */
export type Stemmer = (texts: string[]) => Promise<string[]>;

export interface MeiliConfig {
  host: string;
  apiKey?: string;
  indexName: string;
  stem: Stemmer;
  /** Milliseconds to wait for a task (document update, settings, swap). */
  taskTimeoutMs?: number;
}

type StoredHit = Pick<
  MeiliDocument,
  | "key"
  | "type"
  | "recordId"
  | "slug"
  | "title"
  | "url"
  | "regionCode"
  | "regionName"
  | "provinceCode"
  | "provinceName"
  | "year"
  | "isDemo"
> & { _formatted?: { summary?: string; body?: string } };

function snippetOf(hit: StoredHit): string {
  const summary = hit._formatted?.summary ?? "";
  const body = hit._formatted?.body ?? "";
  // Prefer the part where a match was highlighted.
  const raw = body.includes(MARK_START) && !summary.includes(MARK_START) ? body : summary || body;
  return markedSnippet(raw);
}

function toHit(hit: StoredHit): SearchHit {
  return toSearchHit(hit, snippetOf(hit));
}

export interface MeiliEngine extends SearchEngine {
  readonly name: "meilisearch";
  /** Creates the index if missing and applies the settings. */
  prepare(indexName?: string): Promise<void>;
  /** Builds a new index from the documents and swaps it in place of the live one. */
  rebuild(documents: AsyncIterable<SearchDocumentInput[]>): Promise<{ indexed: number }>;
}

export function createMeiliEngine(config: MeiliConfig): MeiliEngine {
  const client = new Meilisearch({ host: config.host, apiKey: config.apiKey });
  const wait = { timeout: config.taskTimeoutMs ?? 30_000, interval: 50 };

  async function succeeded(task: Promise<{ status: string; error?: { message: string } | null }>) {
    const done = await task;
    if (done.status !== "succeeded") {
      throw new Error(`Meilisearch task ${done.status}: ${done.error?.message ?? "unknown error"}`);
    }
  }

  async function documentsFor(documents: SearchDocumentInput[]): Promise<MeiliDocument[]> {
    const texts = documents.flatMap((document) => [
      document.title,
      document.summary,
      document.body,
    ]);
    const stems = await config.stem(texts);
    return documents.map((document, index) =>
      toMeiliDocument(document, {
        title: stems[index * 3] ?? "",
        summary: stems[index * 3 + 1] ?? "",
        body: stems[index * 3 + 2] ?? "",
      }),
    );
  }

  async function settings() {
    const variants = SYNONYM_GROUPS.flat();
    const stems = await config.stem(variants);
    const byVariant = new Map(variants.map((variant, index) => [variant, stems[index] ?? variant]));
    return indexSettings((text) => byVariant.get(text) ?? text);
  }

  async function prepare(indexName = config.indexName) {
    const exists = await client
      .getIndex(indexName)
      .then(() => true)
      .catch(() => false);
    if (!exists)
      await succeeded(client.createIndex(indexName, { primaryKey: "id" }).waitTask(wait));
    await succeeded(
      client
        .index(indexName)
        .updateSettings(await settings())
        .waitTask(wait),
    );
  }

  async function addTo(index: Index, documents: SearchDocumentInput[]) {
    if (documents.length === 0) return;
    await succeeded(
      index.addDocuments(await documentsFor(documents), { primaryKey: "id" }).waitTask(wait),
    );
  }

  return {
    name: "meilisearch",
    prepare,
    async index(documents) {
      await addTo(client.index(config.indexName), documents);
    },
    async remove(keys) {
      if (keys.length === 0) return;
      await succeeded(
        client.index(config.indexName).deleteDocuments(keys.map(meiliId)).waitTask(wait),
      );
    },
    async search(request: SearchRequest, viewer: SearchViewer): Promise<SearchResponse> {
      const started = performance.now();
      const stemmed = await stemQuery(request.q, config.stem);
      const result = await client
        .index(config.indexName)
        .search<StoredHit>(stemmed, searchParams(request, viewer));
      const facets = emptyFacets();
      for (const name of FACET_NAMES) {
        const counts: Record<string, unknown> =
          result.facetDistribution?.[FACET_ATTRIBUTES[name]] ?? {};
        facets[name] = Object.fromEntries(
          Object.entries(counts).filter(
            (entry): entry is [string, number] => typeof entry[1] === "number" && entry[1] > 0,
          ),
        );
      }
      return {
        total:
          (result as { totalHits?: number }).totalHits ??
          (result as { estimatedTotalHits?: number }).estimatedTotalHits ??
          result.hits.length,
        tookMs: Math.round((performance.now() - started) * 10) / 10,
        page: request.page,
        limit: request.limit,
        hits: result.hits.map(toHit),
        facets,
        suggestion: null,
        corrected: false,
      };
    },
    async rebuild(batches) {
      const fresh = `${config.indexName}_${Date.now()}`;
      await prepare(config.indexName);
      await prepare(fresh);
      let indexed = 0;
      try {
        for await (const batch of batches) {
          await addTo(client.index(fresh), batch);
          indexed += batch.length;
        }
        // Swap: the live name now serves the fresh documents; the old ones go with the temp name.
        await succeeded(
          client
            .swapIndexes([
              { indexes: [config.indexName, fresh] } as Parameters<
                typeof client.swapIndexes
              >[0][number],
            ])
            .waitTask(wait),
        );
      } catch (error) {
        // A failed rebuild leaves the live index as it was and no half-built copy behind.
        await client
          .deleteIndex(fresh)
          .waitTask(wait)
          .catch(() => undefined);
        throw error;
      }
      await succeeded(client.deleteIndex(fresh).waitTask(wait));
      return { indexed };
    },
  };
}
