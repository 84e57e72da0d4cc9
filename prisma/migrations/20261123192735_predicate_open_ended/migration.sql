-- AlterTable
ALTER TABLE "Predicate" ADD COLUMN     "openEnded" BOOLEAN NOT NULL DEFAULT false;
