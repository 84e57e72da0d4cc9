-- AlterTable
ALTER TABLE "Predicate" ADD COLUMN     "alwaysOpen" BOOLEAN NOT NULL DEFAULT false;
