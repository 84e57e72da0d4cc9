-- CreateEnum
CREATE TYPE "LearnerIdentity" AS ENUM ('ANONYMOUS', 'NAME', 'SIGNED_IN', 'ROSTER');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "FeedbackTiming" ADD VALUE 'AFTER_CLOSE';
ALTER TYPE "FeedbackTiming" ADD VALUE 'NEVER';

-- DropIndex
DROP INDEX "Attempt_setId_idx";

-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "deadline" TIMESTAMP(3),
ADD COLUMN     "learnerKey" TEXT,
ADD COLUMN     "studentId" TEXT;

-- AlterTable
ALTER TABLE "QuestionSet" ADD COLUMN     "attemptsAllowed" INTEGER,
ADD COLUMN     "closesAt" TIMESTAMP(3),
ADD COLUMN     "identity" "LearnerIdentity" NOT NULL DEFAULT 'ANONYMOUS',
ADD COLUMN     "joinCode" TEXT,
ADD COLUMN     "opensAt" TIMESTAMP(3),
ADD COLUMN     "roster" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "timeLimitSeconds" INTEGER;

-- Added by hand: sets that asked for names keep asking, as identity NAME.
UPDATE "QuestionSet" SET "identity" = 'NAME' WHERE "askName";
ALTER TABLE "QuestionSet" DROP COLUMN "askName";

-- CreateIndex
CREATE INDEX "Attempt_setId_learnerKey_idx" ON "Attempt"("setId", "learnerKey");
