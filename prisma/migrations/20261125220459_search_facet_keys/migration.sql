-- AlterTable
ALTER TABLE "SearchDocument" ADD COLUMN     "facetKeys" TEXT[];


-- Hand-written: read for every match, kept inline and uncompressed (see search_storage_plain).
ALTER TABLE "SearchDocument" ALTER COLUMN "facetKeys" SET STORAGE PLAIN;
