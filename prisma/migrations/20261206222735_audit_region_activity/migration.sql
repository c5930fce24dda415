-- DropIndex
DROP INDEX "AuditEvent_regionCode_idx";

-- CreateIndex
CREATE INDEX "AuditEvent_regionCode_at_idx" ON "AuditEvent"("regionCode", "at");

