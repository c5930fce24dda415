-- CreateEnum
CREATE TYPE "SelfAssessmentStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'LOCKED');

-- CreateTable
CREATE TABLE "SelfAssessment" (
    "id" UUID NOT NULL,
    "regionCode" VARCHAR(5) NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "SelfAssessmentStatus" NOT NULL DEFAULT 'DRAFT',
    "submittedAt" TIMESTAMP(3),
    "submittedById" UUID,
    "lockedAt" TIMESTAMP(3),
    "lockedById" UUID,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SelfAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SelfAssessmentLevel" (
    "assessmentId" UUID NOT NULL,
    "indicatorNumber" INTEGER NOT NULL,
    "level" INTEGER NOT NULL,
    "justification" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "SelfAssessmentLevel_pkey" PRIMARY KEY ("assessmentId","indicatorNumber")
);

-- CreateTable
CREATE TABLE "OfficialIndicatorLevel" (
    "regionCode" VARCHAR(5) NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "indicatorNumber" INTEGER NOT NULL,
    "level" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "OfficialIndicatorLevel_pkey" PRIMARY KEY ("regionCode","frameworkId","year","indicatorNumber")
);

-- CreateIndex
CREATE INDEX "SelfAssessment_frameworkId_year_status_idx" ON "SelfAssessment"("frameworkId", "year", "status");

-- CreateIndex
CREATE UNIQUE INDEX "SelfAssessment_regionCode_frameworkId_year_key" ON "SelfAssessment"("regionCode", "frameworkId", "year");

-- CreateIndex
CREATE INDEX "SelfAssessmentLevel_indicatorNumber_level_idx" ON "SelfAssessmentLevel"("indicatorNumber", "level");

-- CreateIndex
CREATE INDEX "OfficialIndicatorLevel_frameworkId_indicatorNumber_level_idx" ON "OfficialIndicatorLevel"("frameworkId", "indicatorNumber", "level");

-- AddForeignKey
ALTER TABLE "SelfAssessment" ADD CONSTRAINT "SelfAssessment_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessment" ADD CONSTRAINT "SelfAssessment_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessmentLevel" ADD CONSTRAINT "SelfAssessmentLevel_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "SelfAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficialIndicatorLevel" ADD CONSTRAINT "OfficialIndicatorLevel_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficialIndicatorLevel" ADD CONSTRAINT "OfficialIndicatorLevel_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


