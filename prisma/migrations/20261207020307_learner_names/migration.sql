-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "learnerName" TEXT;

-- AlterTable
ALTER TABLE "QuestionSet" ADD COLUMN     "askName" BOOLEAN NOT NULL DEFAULT false;
