-- AlterTable
ALTER TABLE "SearchDocument" ADD COLUMN     "headVector" tsvector NOT NULL DEFAULT ''::tsvector;


-- Hand-written (Prisma has no syntax for storage): keep the rows that a search scans narrow.
-- The summary, the body and the full vector go out of line (TOAST) as soon as a row passes
-- 128 bytes; what every matching row is read for (ranking vectors, facets, title) stays in it.
ALTER TABLE "SearchDocument" SET (toast_tuple_target = 128);
ALTER TABLE "SearchDocument"
  ALTER COLUMN "headVector" SET STORAGE MAIN,
  ALTER COLUMN "titleVector" SET STORAGE MAIN,
  ALTER COLUMN "title" SET STORAGE MAIN,
  ALTER COLUMN "indicators" SET STORAGE MAIN,
  ALTER COLUMN "dimensions" SET STORAGE MAIN;
