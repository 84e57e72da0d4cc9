-- CreateTable
CREATE TABLE "CollectionChange" (
    "id" TEXT NOT NULL,
    "collectionId" TEXT NOT NULL,
    "userId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "revertOfId" TEXT,
    "revertedAt" TIMESTAMP(3),

    CONSTRAINT "CollectionChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CollectionChange_collectionId_at_idx" ON "CollectionChange"("collectionId", "at");

-- AddForeignKey
ALTER TABLE "CollectionChange" ADD CONSTRAINT "CollectionChange_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionChange" ADD CONSTRAINT "CollectionChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
