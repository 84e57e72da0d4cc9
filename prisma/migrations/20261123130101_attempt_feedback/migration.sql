-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "feedback" "FeedbackTiming" NOT NULL DEFAULT 'AFTER_EACH_QUESTION';
