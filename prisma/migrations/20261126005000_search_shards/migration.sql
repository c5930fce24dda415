-- Hand-written (Prisma has no syntax for partitions): the search projection becomes two hash
-- partitions of the same table, "shards". A search asks both at once, on two connections, so two
-- cores share the work of one query (ADR 014). Prisma still sees one SearchDocument table with
-- the same columns, keys and indexes; reads and writes through it reach the right partition.
ALTER TABLE "SearchDocument" RENAME TO "SearchDocument_unsharded";
ALTER TABLE "SearchDocument_unsharded" RENAME CONSTRAINT "SearchDocument_pkey" TO "SearchDocument_unsharded_pkey";
ALTER INDEX "SearchDocument_searchVector_idx" RENAME TO "SearchDocument_unsharded_searchVector_idx";
ALTER INDEX "SearchDocument_type_idx" RENAME TO "SearchDocument_unsharded_type_idx";
ALTER INDEX "SearchDocument_restrictedTo_idx" RENAME TO "SearchDocument_unsharded_restrictedTo_idx";

CREATE TABLE "SearchDocument" (LIKE "SearchDocument_unsharded" INCLUDING DEFAULTS INCLUDING STORAGE)
  PARTITION BY HASH ("key");
-- Storage as before (see search_rank_vector): long columns out of line past 128 bytes.
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

INSERT INTO "SearchDocument" SELECT * FROM "SearchDocument_unsharded";
DROP TABLE "SearchDocument_unsharded";
