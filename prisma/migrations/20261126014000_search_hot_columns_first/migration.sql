-- Hand-written (Prisma has no syntax for column order): the columns a search reads for every
-- match (access, facet codes, title, ranking vectors, the full vector's pointer) come first.
-- PostgreSQL reads a row's columns in order up to the last one a query needs, so the columns only
-- read for the page's hits (summary, body, URL, names) now cost nothing per match. Same columns,
-- types, defaults, keys, indexes, partitions (search_shards) and storage (search_storage_plain);
-- the documents are kept.
CREATE TEMP TABLE "SearchDocument_copy" AS SELECT * FROM "SearchDocument";
DROP TABLE "SearchDocument";

CREATE TABLE "SearchDocument" (
    "key" TEXT NOT NULL,
    "restrictedTo" VARCHAR(5),
    "facetCodes" INTEGER[],
    "title" TEXT NOT NULL,
    "headVector" tsvector NOT NULL DEFAULT ''::tsvector,
    "titleVector" tsvector NOT NULL,
    "searchVector" tsvector NOT NULL,
    "type" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "url" TEXT NOT NULL,
    "regionCode" VARCHAR(5),
    "regionName" TEXT,
    "provinceCode" VARCHAR(2),
    "provinceName" TEXT,
    "indicators" INTEGER[],
    "dimensions" TEXT[],
    "year" INTEGER,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
) PARTITION BY HASH ("key");
CREATE TABLE "SearchDocument_0" PARTITION OF "SearchDocument"
  FOR VALUES WITH (MODULUS 2, REMAINDER 0) WITH (toast_tuple_target = 128);
CREATE TABLE "SearchDocument_1" PARTITION OF "SearchDocument"
  FOR VALUES WITH (MODULUS 2, REMAINDER 1) WITH (toast_tuple_target = 128);
ALTER TABLE "SearchDocument"
  ALTER COLUMN "headVector" SET STORAGE PLAIN,
  ALTER COLUMN "titleVector" SET STORAGE PLAIN,
  ALTER COLUMN "title" SET STORAGE MAIN,
  ALTER COLUMN "indicators" SET STORAGE PLAIN,
  ALTER COLUMN "dimensions" SET STORAGE PLAIN,
  ALTER COLUMN "facetCodes" SET STORAGE PLAIN;

ALTER TABLE "SearchDocument" ADD CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("key");
CREATE INDEX "SearchDocument_searchVector_idx" ON "SearchDocument" USING GIN ("searchVector");
CREATE INDEX "SearchDocument_type_idx" ON "SearchDocument"("type");
CREATE INDEX "SearchDocument_restrictedTo_idx" ON "SearchDocument"("restrictedTo");

INSERT INTO "SearchDocument" ("key", "restrictedTo", "facetCodes", "title", "headVector",
    "titleVector", "searchVector", "type", "recordId", "slug", "summary", "body", "url",
    "regionCode", "regionName", "provinceCode", "provinceName", "indicators", "dimensions", "year",
    "isDemo", "updatedAt")
  SELECT "key", "restrictedTo", "facetCodes", "title", "headVector", "titleVector",
         "searchVector", "type", "recordId", "slug", "summary", "body", "url", "regionCode",
         "regionName", "provinceCode", "provinceName", "indicators", "dimensions", "year",
         "isDemo", "updatedAt"
    FROM "SearchDocument_copy";
DROP TABLE "SearchDocument_copy";
