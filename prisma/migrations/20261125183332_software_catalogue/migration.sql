-- CreateEnum
CREATE TYPE "AdoptionStatus" AS ENUM ('DECLARED', 'CONFIRMED', 'REJECTED');

-- CreateTable
CREATE TABLE "SoftwareEntry" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "regionCode" VARCHAR(5) NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "landingUrl" TEXT,
    "softwareVersion" TEXT,
    "releaseDate" DATE,
    "platforms" TEXT[],
    "categories" TEXT[],
    "developmentStatus" TEXT NOT NULL,
    "softwareType" TEXT NOT NULL,
    "license" TEXT NOT NULL,
    "shortDescription" TEXT NOT NULL,
    "publiccode" JSONB NOT NULL,
    "tech" TEXT[],
    "requirements" TEXT,
    "readme" TEXT NOT NULL DEFAULT '',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SoftwareEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SoftwareIndicator" (
    "softwareId" UUID NOT NULL,
    "indicatorId" TEXT NOT NULL,

    CONSTRAINT "SoftwareIndicator_pkey" PRIMARY KEY ("softwareId","indicatorId")
);

-- CreateTable
CREATE TABLE "SoftwareRelease" (
    "id" UUID NOT NULL,
    "softwareId" UUID NOT NULL,
    "version" TEXT NOT NULL,
    "releaseDate" DATE NOT NULL,
    "changelog" TEXT NOT NULL DEFAULT '',
    "sha256" VARCHAR(64),
    "archiveName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SoftwareRelease_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SoftwareAdoption" (
    "id" UUID NOT NULL,
    "softwareId" UUID NOT NULL,
    "regionCode" VARCHAR(5) NOT NULL,
    "version" TEXT,
    "since" DATE,
    "serviceUrl" TEXT,
    "contact" TEXT,
    "status" "AdoptionStatus" NOT NULL DEFAULT 'DECLARED',
    "declaredById" UUID,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SoftwareAdoption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeSoftware" (
    "practiceId" UUID NOT NULL,
    "softwareId" UUID NOT NULL,

    CONSTRAINT "PracticeSoftware_pkey" PRIMARY KEY ("practiceId","softwareId")
);

-- CreateIndex
CREATE UNIQUE INDEX "SoftwareEntry_slug_key" ON "SoftwareEntry"("slug");

-- CreateIndex
CREATE INDEX "SoftwareEntry_regionCode_idx" ON "SoftwareEntry"("regionCode");

-- CreateIndex
CREATE INDEX "SoftwareIndicator_indicatorId_idx" ON "SoftwareIndicator"("indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "SoftwareRelease_softwareId_version_key" ON "SoftwareRelease"("softwareId", "version");

-- CreateIndex
CREATE INDEX "SoftwareAdoption_regionCode_idx" ON "SoftwareAdoption"("regionCode");

-- CreateIndex
CREATE UNIQUE INDEX "SoftwareAdoption_softwareId_regionCode_key" ON "SoftwareAdoption"("softwareId", "regionCode");

-- CreateIndex
CREATE INDEX "PracticeSoftware_softwareId_idx" ON "PracticeSoftware"("softwareId");

-- AddForeignKey
ALTER TABLE "SoftwareEntry" ADD CONSTRAINT "SoftwareEntry_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SoftwareIndicator" ADD CONSTRAINT "SoftwareIndicator_softwareId_fkey" FOREIGN KEY ("softwareId") REFERENCES "SoftwareEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SoftwareIndicator" ADD CONSTRAINT "SoftwareIndicator_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "FrameworkIndicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SoftwareRelease" ADD CONSTRAINT "SoftwareRelease_softwareId_fkey" FOREIGN KEY ("softwareId") REFERENCES "SoftwareEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SoftwareRelease" ADD CONSTRAINT "SoftwareRelease_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "StoredFile"("sha256") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SoftwareAdoption" ADD CONSTRAINT "SoftwareAdoption_softwareId_fkey" FOREIGN KEY ("softwareId") REFERENCES "SoftwareEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SoftwareAdoption" ADD CONSTRAINT "SoftwareAdoption_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeSoftware" ADD CONSTRAINT "PracticeSoftware_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeSoftware" ADD CONSTRAINT "PracticeSoftware_softwareId_fkey" FOREIGN KEY ("softwareId") REFERENCES "SoftwareEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

