-- CreateEnum
CREATE TYPE "PracticeStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "PracticeStage" AS ENUM ('IDEA', 'PILOT', 'IMPLEMENTED', 'SCALED');

-- CreateTable
CREATE TABLE "StoredFile" (
    "sha256" VARCHAR(64) NOT NULL,
    "size" INTEGER NOT NULL,
    "mimeType" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("sha256")
);

-- CreateTable
CREATE TABLE "Practice" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "regionCode" VARCHAR(5) NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "problem" TEXT NOT NULL DEFAULT '',
    "solution" TEXT NOT NULL DEFAULT '',
    "results" TEXT NOT NULL DEFAULT '',
    "challenges" TEXT NOT NULL DEFAULT '',
    "conditions" TEXT NOT NULL DEFAULT '',
    "replication" TEXT NOT NULL DEFAULT '',
    "sector" TEXT NOT NULL,
    "stage" "PracticeStage" NOT NULL,
    "year" INTEGER NOT NULL,
    "tags" TEXT[],
    "status" "PracticeStatus" NOT NULL DEFAULT 'DRAFT',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "viewCount" INTEGER NOT NULL DEFAULT 0,
    "replicationCount" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID,
    "submittedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Practice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeIndicator" (
    "practiceId" UUID NOT NULL,
    "indicatorId" TEXT NOT NULL,

    CONSTRAINT "PracticeIndicator_pkey" PRIMARY KEY ("practiceId","indicatorId")
);

-- CreateTable
CREATE TABLE "PracticeDimension" (
    "practiceId" UUID NOT NULL,
    "dimensionKey" TEXT NOT NULL,

    CONSTRAINT "PracticeDimension_pkey" PRIMARY KEY ("practiceId","dimensionKey")
);

-- CreateTable
CREATE TABLE "PracticeContact" (
    "id" UUID NOT NULL,
    "practiceId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT,
    "email" TEXT,
    "phone" TEXT,

    CONSTRAINT "PracticeContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeAttachment" (
    "id" UUID NOT NULL,
    "practiceId" UUID NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "originalName" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PracticeAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeRevision" (
    "id" UUID NOT NULL,
    "practiceId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "note" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PracticeRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeQuestion" (
    "id" UUID NOT NULL,
    "practiceId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "parentId" UUID,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PracticeQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Practice_slug_key" ON "Practice"("slug");

-- CreateIndex
CREATE INDEX "Practice_regionCode_idx" ON "Practice"("regionCode");

-- CreateIndex
CREATE INDEX "Practice_status_publishedAt_idx" ON "Practice"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "Practice_sector_idx" ON "Practice"("sector");

-- CreateIndex
CREATE INDEX "PracticeIndicator_indicatorId_idx" ON "PracticeIndicator"("indicatorId");

-- CreateIndex
CREATE INDEX "PracticeDimension_dimensionKey_idx" ON "PracticeDimension"("dimensionKey");

-- CreateIndex
CREATE INDEX "PracticeContact_practiceId_idx" ON "PracticeContact"("practiceId");

-- CreateIndex
CREATE INDEX "PracticeAttachment_practiceId_idx" ON "PracticeAttachment"("practiceId");

-- CreateIndex
CREATE INDEX "PracticeAttachment_sha256_idx" ON "PracticeAttachment"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "PracticeRevision_practiceId_number_key" ON "PracticeRevision"("practiceId", "number");

-- CreateIndex
CREATE INDEX "PracticeQuestion_practiceId_createdAt_idx" ON "PracticeQuestion"("practiceId", "createdAt");

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeIndicator" ADD CONSTRAINT "PracticeIndicator_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeIndicator" ADD CONSTRAINT "PracticeIndicator_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "FrameworkIndicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeDimension" ADD CONSTRAINT "PracticeDimension_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeDimension" ADD CONSTRAINT "PracticeDimension_dimensionKey_fkey" FOREIGN KEY ("dimensionKey") REFERENCES "SmartCityDimension"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeContact" ADD CONSTRAINT "PracticeContact_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeAttachment" ADD CONSTRAINT "PracticeAttachment_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeAttachment" ADD CONSTRAINT "PracticeAttachment_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "StoredFile"("sha256") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeRevision" ADD CONSTRAINT "PracticeRevision_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeRevision" ADD CONSTRAINT "PracticeRevision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeQuestion" ADD CONSTRAINT "PracticeQuestion_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeQuestion" ADD CONSTRAINT "PracticeQuestion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeQuestion" ADD CONSTRAINT "PracticeQuestion_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "PracticeQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

