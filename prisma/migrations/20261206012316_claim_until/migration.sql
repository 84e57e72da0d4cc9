-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "untilAt" DATE,
ADD COLUMN     "untilPrecision" "DatePrecision";
