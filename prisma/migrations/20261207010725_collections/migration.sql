-- CreateEnum
CREATE TYPE "CollectionVisibility" AS ENUM ('PUBLIC', 'PRIVATE');

-- DropIndex
DROP INDEX "Source_contentHash_key";

-- CreateTable
CREATE TABLE "Collection" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "visibility" "CollectionVisibility" NOT NULL DEFAULT 'PRIVATE',
    "ownerId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Collection_pkey" PRIMARY KEY ("id")
);

-- The curated corpus becomes the public collection it already was; what is already stored
-- belongs to it.
INSERT INTO "Collection" ("id", "slug", "name", "description", "visibility", "updatedAt")
VALUES ('corpus', 'corpus', 'NATO''s Tokyo office (2023–2024)',
  'The curated knowledge base Attest ships with: five news texts about NATO''s planned liaison office in Tokyo.',
  'PUBLIC', CURRENT_TIMESTAMP);

-- AlterTable
ALTER TABLE "Actor" ADD COLUMN "collectionId" TEXT NOT NULL DEFAULT 'corpus';
ALTER TABLE "Actor" ALTER COLUMN "collectionId" DROP DEFAULT;
ALTER TABLE "Claim" ADD COLUMN "collectionId" TEXT NOT NULL DEFAULT 'corpus';
ALTER TABLE "Claim" ALTER COLUMN "collectionId" DROP DEFAULT;
ALTER TABLE "Source" ADD COLUMN "collectionId" TEXT NOT NULL DEFAULT 'corpus';
ALTER TABLE "Source" ALTER COLUMN "collectionId" DROP DEFAULT;

-- CreateTable
CREATE TABLE "CollectionCurator" (
    "collectionId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CollectionCurator_pkey" PRIMARY KEY ("collectionId","email")
);

-- CreateIndex
CREATE UNIQUE INDEX "Collection_slug_key" ON "Collection"("slug");

-- CreateIndex
CREATE INDEX "Collection_ownerId_idx" ON "Collection"("ownerId");

-- CreateIndex
CREATE INDEX "CollectionCurator_email_idx" ON "CollectionCurator"("email");

-- CreateIndex
CREATE INDEX "Actor_collectionId_idx" ON "Actor"("collectionId");

-- CreateIndex
CREATE INDEX "Claim_collectionId_idx" ON "Claim"("collectionId");

-- CreateIndex
CREATE UNIQUE INDEX "Source_collectionId_contentHash_key" ON "Source"("collectionId", "contentHash");

-- AddForeignKey
ALTER TABLE "Collection" ADD CONSTRAINT "Collection_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionCurator" ADD CONSTRAINT "CollectionCurator_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection"("id") ON DELETE CASCADE ON UPDATE CASCADE;
