-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "acceptNearMisses" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "AttemptQuestion" ADD COLUMN     "almost" TEXT,
ADD COLUMN     "rivalAnswers" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "QuestionSet" ADD COLUMN     "acceptNearMisses" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "SetQuestion" ADD COLUMN     "rivalAnswers" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Added by hand: sets made before this migration keep exact matching. Their questions were
-- stored without rivalAnswers (nothing here can compute them: that takes the quiz engine and the
-- knowledge base), so crediting slips in them could credit another person's similar name.
UPDATE "QuestionSet" SET "acceptNearMisses" = false;
