-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "provinceCode" VARCHAR(2);

-- CreateTable
CREATE TABLE "ProvinceCoordinator" (
    "userId" UUID NOT NULL,
    "provinceCode" VARCHAR(2) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProvinceCoordinator_pkey" PRIMARY KEY ("userId","provinceCode")
);

-- CreateIndex
CREATE INDEX "ProvinceCoordinator_provinceCode_idx" ON "ProvinceCoordinator"("provinceCode");

-- AddForeignKey
ALTER TABLE "ProvinceCoordinator" ADD CONSTRAINT "ProvinceCoordinator_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvinceCoordinator" ADD CONSTRAINT "ProvinceCoordinator_provinceCode_fkey" FOREIGN KEY ("provinceCode") REFERENCES "Province"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_provinceCode_fkey" FOREIGN KEY ("provinceCode") REFERENCES "Province"("code") ON DELETE SET NULL ON UPDATE CASCADE;

