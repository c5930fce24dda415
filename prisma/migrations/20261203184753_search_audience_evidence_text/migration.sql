-- Hand-edited (Prisma would drop and add the column, losing its place in the row): search
-- documents get three levels of readers. "restrictedTo" (null = public, else the region whose
-- private record it is) becomes "audience": "public", "members" (signed-in members of any region)
-- or the region's code. Renamed in place, so it stays second in the row, among the columns every
-- match reads (search_hot_columns_first); widening a VARCHAR rewrites nothing.
DROP INDEX "SearchDocument_restrictedTo_idx";

ALTER TABLE "SearchDocument" RENAME COLUMN "restrictedTo" TO "audience";
ALTER TABLE "SearchDocument" ALTER COLUMN "audience" TYPE VARCHAR(16);
UPDATE "SearchDocument" SET "audience" = 'public' WHERE "audience" IS NULL;
ALTER TABLE "SearchDocument" ALTER COLUMN "audience" SET NOT NULL;

CREATE INDEX "SearchDocument_audience_idx" ON "SearchDocument"("audience");

-- The text read from an evidence file version, for search (its first 200,000 characters).
-- Versions read before this migration have none until a new version is uploaded.
ALTER TABLE "EvidenceFileVersion" ADD COLUMN "extractedText" TEXT;
