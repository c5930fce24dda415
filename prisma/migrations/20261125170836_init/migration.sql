-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "RegionKind" AS ENUM ('KABUPATEN', 'KOTA');

-- CreateTable
CREATE TABLE "Province" (
    "code" VARCHAR(2) NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Province_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Region" (
    "code" VARCHAR(5) NOT NULL,
    "provinceCode" VARCHAR(2) NOT NULL,
    "kind" "RegionKind" NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Framework" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "regulation" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "scaleMax" INTEGER NOT NULL,
    "note" TEXT,
    "noteEn" TEXT,

    CONSTRAINT "Framework_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkDomain" (
    "id" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "weight" DECIMAL(6,3) NOT NULL,

    CONSTRAINT "FrameworkDomain_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkAspect" (
    "id" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "domainId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "weight" DECIMAL(6,3) NOT NULL,

    CONSTRAINT "FrameworkAspect_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkIndicator" (
    "id" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "aspectId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "weight" DECIMAL(6,3) NOT NULL,
    "description" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,

    CONSTRAINT "FrameworkIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorLevel" (
    "indicatorId" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,

    CONSTRAINT "IndicatorLevel_pkey" PRIMARY KEY ("indicatorId","level")
);

-- CreateTable
CREATE TABLE "IndicatorEvidence" (
    "indicatorId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,

    CONSTRAINT "IndicatorEvidence_pkey" PRIMARY KEY ("indicatorId","position")
);

-- CreateTable
CREATE TABLE "MaturityLevel" (
    "frameworkId" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,

    CONSTRAINT "MaturityLevel_pkey" PRIMARY KEY ("frameworkId","level")
);

-- CreateTable
CREATE TABLE "PredicateBand" (
    "frameworkId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "min" DECIMAL(4,2) NOT NULL,
    "max" DECIMAL(4,2) NOT NULL,

    CONSTRAINT "PredicateBand_pkey" PRIMARY KEY ("frameworkId","name")
);

-- CreateTable
CREATE TABLE "IndicatorCrosswalk" (
    "fromIndicatorId" TEXT NOT NULL,
    "toIndicatorId" TEXT NOT NULL,
    "relation" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "IndicatorCrosswalk_pkey" PRIMARY KEY ("fromIndicatorId","toIndicatorId")
);

-- CreateTable
CREATE TABLE "SpbeIndexScore" (
    "regionCode" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "index" DECIMAL(4,2) NOT NULL,
    "source" TEXT NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "SpbeIndexScore_pkey" PRIMARY KEY ("regionCode","frameworkId","year")
);

-- CreateTable
CREATE TABLE "SmartCityDimension" (
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "SmartCityDimension_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Cohort" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "hostRegionCode" VARCHAR(5),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Cohort_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "CohortMember" (
    "cohortSlug" TEXT NOT NULL,
    "regionCode" VARCHAR(5) NOT NULL,
    "basis" TEXT,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CohortMember_pkey" PRIMARY KEY ("cohortSlug","regionCode")
);

-- CreateTable
CREATE TABLE "SystemSetting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SystemSetting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Region_provinceCode_idx" ON "Region"("provinceCode");

-- CreateIndex
CREATE INDEX "Region_shortName_idx" ON "Region"("shortName");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkDomain_frameworkId_number_key" ON "FrameworkDomain"("frameworkId", "number");

-- CreateIndex
CREATE INDEX "FrameworkAspect_domainId_idx" ON "FrameworkAspect"("domainId");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkAspect_frameworkId_number_key" ON "FrameworkAspect"("frameworkId", "number");

-- CreateIndex
CREATE INDEX "FrameworkIndicator_aspectId_idx" ON "FrameworkIndicator"("aspectId");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkIndicator_frameworkId_number_key" ON "FrameworkIndicator"("frameworkId", "number");

-- CreateIndex
CREATE INDEX "IndicatorCrosswalk_toIndicatorId_idx" ON "IndicatorCrosswalk"("toIndicatorId");

-- CreateIndex
CREATE INDEX "CohortMember_regionCode_idx" ON "CohortMember"("regionCode");

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_provinceCode_fkey" FOREIGN KEY ("provinceCode") REFERENCES "Province"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkDomain" ADD CONSTRAINT "FrameworkDomain_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkAspect" ADD CONSTRAINT "FrameworkAspect_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkAspect" ADD CONSTRAINT "FrameworkAspect_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "FrameworkDomain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkIndicator" ADD CONSTRAINT "FrameworkIndicator_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkIndicator" ADD CONSTRAINT "FrameworkIndicator_aspectId_fkey" FOREIGN KEY ("aspectId") REFERENCES "FrameworkAspect"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorLevel" ADD CONSTRAINT "IndicatorLevel_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "FrameworkIndicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorEvidence" ADD CONSTRAINT "IndicatorEvidence_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "FrameworkIndicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaturityLevel" ADD CONSTRAINT "MaturityLevel_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PredicateBand" ADD CONSTRAINT "PredicateBand_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorCrosswalk" ADD CONSTRAINT "IndicatorCrosswalk_fromIndicatorId_fkey" FOREIGN KEY ("fromIndicatorId") REFERENCES "FrameworkIndicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorCrosswalk" ADD CONSTRAINT "IndicatorCrosswalk_toIndicatorId_fkey" FOREIGN KEY ("toIndicatorId") REFERENCES "FrameworkIndicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpbeIndexScore" ADD CONSTRAINT "SpbeIndexScore_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpbeIndexScore" ADD CONSTRAINT "SpbeIndexScore_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_hostRegionCode_fkey" FOREIGN KEY ("hostRegionCode") REFERENCES "Region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortMember" ADD CONSTRAINT "CohortMember_cohortSlug_fkey" FOREIGN KEY ("cohortSlug") REFERENCES "Cohort"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortMember" ADD CONSTRAINT "CohortMember_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE CASCADE ON UPDATE CASCADE;

