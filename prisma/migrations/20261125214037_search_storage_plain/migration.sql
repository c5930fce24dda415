-- Hand-written (Prisma has no syntax for storage): the ranking vectors, the title and the facet
-- arrays are read for every match; PLAIN keeps them inline and uncompressed, so ranking thousands
-- of matches decompresses nothing. They are small (title and summary only), far below a page.
ALTER TABLE "SearchDocument"
  ALTER COLUMN "headVector" SET STORAGE PLAIN,
  ALTER COLUMN "titleVector" SET STORAGE PLAIN,
  ALTER COLUMN "indicators" SET STORAGE PLAIN,
  ALTER COLUMN "dimensions" SET STORAGE PLAIN;
