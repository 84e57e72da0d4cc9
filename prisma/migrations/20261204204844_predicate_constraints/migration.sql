-- AlterTable
ALTER TABLE "Predicate" ADD COLUMN     "distinctValues" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "implies" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "singleValue" BOOLEAN NOT NULL DEFAULT false;
