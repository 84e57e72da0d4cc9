-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "background" BOOLEAN NOT NULL DEFAULT false;
