-- AlterTable
ALTER TABLE "Predicate" ADD COLUMN     "opposite" TEXT;
