-- CreateEnum
CREATE TYPE "CommitmentStatus" AS ENUM ('DRAFT', 'COMMITTED', 'IN_PROGRESS', 'IMPLEMENTED', 'VERIFIED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MilestoneState" AS ENUM ('OPEN', 'DONE', 'CONFIRMED');

-- CreateEnum
CREATE TYPE "NotificationFrequency" AS ENUM ('IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF');

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "mailedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "StudyVisit" (
    "id" UUID NOT NULL,
    "hostRegionCode" VARCHAR(5) NOT NULL,
    "visitorRegionCode" VARCHAR(5) NOT NULL,
    "visitedOn" DATE NOT NULL,
    "people" TEXT NOT NULL DEFAULT '',
    "participantCount" INTEGER,
    "topics" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StudyVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudyVisitPractice" (
    "visitId" UUID NOT NULL,
    "practiceId" UUID NOT NULL,

    CONSTRAINT "StudyVisitPractice_pkey" PRIMARY KEY ("visitId","practiceId")
);

-- CreateTable
CREATE TABLE "StudyVisitSoftware" (
    "visitId" UUID NOT NULL,
    "softwareId" UUID NOT NULL,

    CONSTRAINT "StudyVisitSoftware_pkey" PRIMARY KEY ("visitId","softwareId")
);

-- CreateTable
CREATE TABLE "Commitment" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "adopterRegionCode" VARCHAR(5) NOT NULL,
    "mentorRegionCode" VARCHAR(5) NOT NULL,
    "practiceId" UUID,
    "visitId" UUID,
    "status" "CommitmentStatus" NOT NULL DEFAULT 'DRAFT',
    "visibility" "EvidenceVisibility" NOT NULL DEFAULT 'MEMBERS',
    "responsibleId" UUID,
    "startOn" DATE,
    "dueOn" DATE,
    "plan" TEXT NOT NULL DEFAULT '',
    "budgetSource" TEXT,
    "cancelReason" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdById" UUID,
    "approvedById" UUID,
    "approvedAt" TIMESTAMP(3),
    "verifiedById" UUID,
    "verifiedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "lastActivityAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitmentIndicator" (
    "commitmentId" UUID NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "baselineLevel" INTEGER,
    "targetLevel" INTEGER NOT NULL,

    CONSTRAINT "CommitmentIndicator_pkey" PRIMARY KEY ("commitmentId","indicatorId")
);

-- CreateTable
CREATE TABLE "CommitmentSoftware" (
    "commitmentId" UUID NOT NULL,
    "softwareId" UUID NOT NULL,

    CONSTRAINT "CommitmentSoftware_pkey" PRIMARY KEY ("commitmentId","softwareId")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" UUID NOT NULL,
    "commitmentId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "dueOn" DATE,
    "weight" INTEGER,
    "state" "MilestoneState" NOT NULL DEFAULT 'OPEN',
    "doneById" UUID,
    "doneAt" TIMESTAMP(3),
    "confirmedById" UUID,
    "confirmedAt" TIMESTAMP(3),
    "returnComment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MilestoneEvidence" (
    "id" UUID NOT NULL,
    "milestoneId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "sha256" VARCHAR(64),
    "originalName" TEXT,
    "url" TEXT,
    "evidenceRecordId" UUID,
    "label" TEXT NOT NULL DEFAULT '',
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MilestoneEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitmentEvent" (
    "id" UUID NOT NULL,
    "commitmentId" UUID NOT NULL,
    "actorId" UUID,
    "kind" TEXT NOT NULL,
    "subject" TEXT,
    "text" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommitmentEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitmentEscalation" (
    "commitmentId" UUID NOT NULL,
    "stallSince" VARCHAR(10) NOT NULL,
    "step" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommitmentEscalation_pkey" PRIMARY KEY ("commitmentId","stallSince","step")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "frequency" "NotificationFrequency" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateTable
CREATE TABLE "CalendarFeedToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "regionCode" VARCHAR(5) NOT NULL,
    "tokenHash" VARCHAR(64) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "CalendarFeedToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StudyVisit_hostRegionCode_visitedOn_idx" ON "StudyVisit"("hostRegionCode", "visitedOn");

-- CreateIndex
CREATE INDEX "StudyVisit_visitorRegionCode_visitedOn_idx" ON "StudyVisit"("visitorRegionCode", "visitedOn");

-- CreateIndex
CREATE INDEX "StudyVisitPractice_practiceId_idx" ON "StudyVisitPractice"("practiceId");

-- CreateIndex
CREATE INDEX "StudyVisitSoftware_softwareId_idx" ON "StudyVisitSoftware"("softwareId");

-- CreateIndex
CREATE INDEX "Commitment_adopterRegionCode_status_idx" ON "Commitment"("adopterRegionCode", "status");

-- CreateIndex
CREATE INDEX "Commitment_mentorRegionCode_status_idx" ON "Commitment"("mentorRegionCode", "status");

-- CreateIndex
CREATE INDEX "Commitment_status_lastActivityAt_idx" ON "Commitment"("status", "lastActivityAt");

-- CreateIndex
CREATE INDEX "Commitment_practiceId_idx" ON "Commitment"("practiceId");

-- CreateIndex
CREATE INDEX "Commitment_visitId_idx" ON "Commitment"("visitId");

-- CreateIndex
CREATE INDEX "CommitmentIndicator_indicatorId_idx" ON "CommitmentIndicator"("indicatorId");

-- CreateIndex
CREATE INDEX "CommitmentSoftware_softwareId_idx" ON "CommitmentSoftware"("softwareId");

-- CreateIndex
CREATE INDEX "Milestone_commitmentId_position_idx" ON "Milestone"("commitmentId", "position");

-- CreateIndex
CREATE INDEX "Milestone_state_dueOn_idx" ON "Milestone"("state", "dueOn");

-- CreateIndex
CREATE INDEX "MilestoneEvidence_milestoneId_idx" ON "MilestoneEvidence"("milestoneId");

-- CreateIndex
CREATE INDEX "MilestoneEvidence_sha256_idx" ON "MilestoneEvidence"("sha256");

-- CreateIndex
CREATE INDEX "CommitmentEvent_commitmentId_createdAt_idx" ON "CommitmentEvent"("commitmentId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeedToken_tokenHash_key" ON "CalendarFeedToken"("tokenHash");

-- CreateIndex
CREATE INDEX "CalendarFeedToken_userId_idx" ON "CalendarFeedToken"("userId");

-- AddForeignKey
ALTER TABLE "StudyVisit" ADD CONSTRAINT "StudyVisit_hostRegionCode_fkey" FOREIGN KEY ("hostRegionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyVisit" ADD CONSTRAINT "StudyVisit_visitorRegionCode_fkey" FOREIGN KEY ("visitorRegionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyVisit" ADD CONSTRAINT "StudyVisit_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyVisitPractice" ADD CONSTRAINT "StudyVisitPractice_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "StudyVisit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyVisitPractice" ADD CONSTRAINT "StudyVisitPractice_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyVisitSoftware" ADD CONSTRAINT "StudyVisitSoftware_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "StudyVisit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyVisitSoftware" ADD CONSTRAINT "StudyVisitSoftware_softwareId_fkey" FOREIGN KEY ("softwareId") REFERENCES "SoftwareEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_adopterRegionCode_fkey" FOREIGN KEY ("adopterRegionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_mentorRegionCode_fkey" FOREIGN KEY ("mentorRegionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "StudyVisit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_responsibleId_fkey" FOREIGN KEY ("responsibleId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentIndicator" ADD CONSTRAINT "CommitmentIndicator_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentIndicator" ADD CONSTRAINT "CommitmentIndicator_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "FrameworkIndicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentSoftware" ADD CONSTRAINT "CommitmentSoftware_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentSoftware" ADD CONSTRAINT "CommitmentSoftware_softwareId_fkey" FOREIGN KEY ("softwareId") REFERENCES "SoftwareEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneEvidence" ADD CONSTRAINT "MilestoneEvidence_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneEvidence" ADD CONSTRAINT "MilestoneEvidence_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "StoredFile"("sha256") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneEvidence" ADD CONSTRAINT "MilestoneEvidence_evidenceRecordId_fkey" FOREIGN KEY ("evidenceRecordId") REFERENCES "EvidenceRecord"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentEvent" ADD CONSTRAINT "CommitmentEvent_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentEvent" ADD CONSTRAINT "CommitmentEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentEscalation" ADD CONSTRAINT "CommitmentEscalation_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeedToken" ADD CONSTRAINT "CalendarFeedToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeedToken" ADD CONSTRAINT "CalendarFeedToken_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE CASCADE ON UPDATE CASCADE;

