-- CreateTable
CREATE TABLE "DraftDecision" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "dismissed" BOOLEAN NOT NULL DEFAULT false,
    "edits" JSONB,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DraftDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DraftDecision_sourceId_key_key" ON "DraftDecision"("sourceId", "key");

-- AddForeignKey
ALTER TABLE "DraftDecision" ADD CONSTRAINT "DraftDecision_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
