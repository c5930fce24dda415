-- CreateEnum
CREATE TYPE "EvidenceVisibility" AS ENUM ('PRIVATE', 'MEMBERS', 'PUBLIC');

-- CreateEnum
CREATE TYPE "EvidenceReviewState" AS ENUM ('UNREVIEWED', 'ACCEPTED', 'NEEDS_REVISION');

-- CreateEnum
CREATE TYPE "EvidenceExtractionState" AS ENUM ('PENDING', 'READING', 'DONE', 'UNREADABLE', 'FAILED');

-- CreateTable
CREATE TABLE "EvidenceRecord" (
    "id" UUID NOT NULL,
    "regionCode" VARCHAR(5) NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "level" INTEGER NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "expiresOn" DATE,
    "visibility" "EvidenceVisibility" NOT NULL DEFAULT 'PRIVATE',
    "reviewState" "EvidenceReviewState" NOT NULL DEFAULT 'UNREVIEWED',
    "reviewedAt" TIMESTAMP(3),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdById" UUID,
    "updatedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvidenceRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceIndicator" (
    "evidenceId" UUID NOT NULL,
    "indicatorId" TEXT NOT NULL,

    CONSTRAINT "EvidenceIndicator_pkey" PRIMARY KEY ("evidenceId","indicatorId")
);

-- CreateTable
CREATE TABLE "EvidenceFile" (
    "id" UUID NOT NULL,
    "evidenceId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceFileVersion" (
    "id" UUID NOT NULL,
    "fileId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "originalName" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "extractionState" "EvidenceExtractionState" NOT NULL DEFAULT 'PENDING',
    "extractionStartedAt" TIMESTAMP(3),
    "extractionAttempts" INTEGER NOT NULL DEFAULT 0,
    "extractedAt" TIMESTAMP(3),
    "extractionReason" TEXT,
    "pageCount" INTEGER,
    "pagesWithoutText" INTEGER[] DEFAULT ARRAY[]::INTEGER[],

    CONSTRAINT "EvidenceFileVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceFinding" (
    "id" BIGSERIAL NOT NULL,
    "versionId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "page" INTEGER,
    "match" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "EvidenceFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceLink" (
    "id" UUID NOT NULL,
    "evidenceId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "EvidenceLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceReview" (
    "id" UUID NOT NULL,
    "evidenceId" UUID NOT NULL,
    "reviewerId" UUID,
    "decision" "EvidenceReviewState" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EvidenceRecord_regionCode_frameworkId_year_idx" ON "EvidenceRecord"("regionCode", "frameworkId", "year");

-- CreateIndex
CREATE INDEX "EvidenceRecord_visibility_frameworkId_year_idx" ON "EvidenceRecord"("visibility", "frameworkId", "year");

-- CreateIndex
CREATE INDEX "EvidenceIndicator_indicatorId_idx" ON "EvidenceIndicator"("indicatorId");

-- CreateIndex
CREATE INDEX "EvidenceFile_evidenceId_idx" ON "EvidenceFile"("evidenceId");

-- CreateIndex
CREATE INDEX "EvidenceFileVersion_extractionState_createdAt_idx" ON "EvidenceFileVersion"("extractionState", "createdAt");

-- CreateIndex
CREATE INDEX "EvidenceFileVersion_sha256_idx" ON "EvidenceFileVersion"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceFileVersion_fileId_number_key" ON "EvidenceFileVersion"("fileId", "number");

-- CreateIndex
CREATE INDEX "EvidenceFinding_versionId_idx" ON "EvidenceFinding"("versionId");

-- CreateIndex
CREATE INDEX "EvidenceLink_evidenceId_idx" ON "EvidenceLink"("evidenceId");

-- CreateIndex
CREATE INDEX "EvidenceReview_evidenceId_createdAt_idx" ON "EvidenceReview"("evidenceId", "createdAt");

-- AddForeignKey
ALTER TABLE "EvidenceRecord" ADD CONSTRAINT "EvidenceRecord_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceRecord" ADD CONSTRAINT "EvidenceRecord_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceRecord" ADD CONSTRAINT "EvidenceRecord_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceRecord" ADD CONSTRAINT "EvidenceRecord_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceIndicator" ADD CONSTRAINT "EvidenceIndicator_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "EvidenceRecord"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceIndicator" ADD CONSTRAINT "EvidenceIndicator_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "FrameworkIndicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "EvidenceRecord"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFileVersion" ADD CONSTRAINT "EvidenceFileVersion_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "EvidenceFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFileVersion" ADD CONSTRAINT "EvidenceFileVersion_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "StoredFile"("sha256") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFileVersion" ADD CONSTRAINT "EvidenceFileVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFinding" ADD CONSTRAINT "EvidenceFinding_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "EvidenceFileVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceLink" ADD CONSTRAINT "EvidenceLink_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "EvidenceRecord"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceReview" ADD CONSTRAINT "EvidenceReview_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "EvidenceRecord"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceReview" ADD CONSTRAINT "EvidenceReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

