-- AlterTable
ALTER TABLE "SearchDocument" DROP COLUMN "facetKeys",
ADD COLUMN     "facetCodes" INTEGER[];


-- Hand-written: read for every match, kept inline and uncompressed (see search_storage_plain).
ALTER TABLE "SearchDocument" ALTER COLUMN "facetCodes" SET STORAGE PLAIN;
