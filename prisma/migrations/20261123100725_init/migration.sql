-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('YEAR', 'MONTH', 'DAY');

-- CreateEnum
CREATE TYPE "SourceGenre" AS ENUM ('NEWS', 'OPINION', 'BLOG');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('PERSON', 'COUNTRY', 'GOVERNMENT', 'ORGANIZATION', 'ALLIANCE', 'PLACE', 'MEDIA', 'EVENT', 'INITIATIVE', 'DOCUMENT');

-- CreateEnum
CREATE TYPE "AliasKind" AS ENUM ('NAME', 'ABBREVIATION', 'METONYM', 'MISSPELLING', 'VARIANT');

-- CreateEnum
CREATE TYPE "RelationType" AS ENUM ('MEMBER_OF', 'AFFILIATED_WITH', 'HOLDS_POSITION', 'PART_OF');

-- CreateEnum
CREATE TYPE "PredicateObject" AS ENUM ('ACTOR', 'VALUE', 'EITHER');

-- CreateEnum
CREATE TYPE "Modality" AS ENUM ('FACT', 'PLAN', 'OPINION', 'QUOTE', 'DENIAL');

-- CreateEnum
CREATE TYPE "Rank" AS ENUM ('PREFERRED', 'NORMAL', 'DEPRECATED');

-- CreateEnum
CREATE TYPE "DisputeAspect" AS ENUM ('DATE', 'FACT', 'STATUS', 'NUMBER');

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "publisherBasis" TEXT,
    "url" TEXT,
    "publishedAt" DATE,
    "publishedPrecision" "DatePrecision",
    "genre" "SourceGenre" NOT NULL,
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "fileName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoiseRegion" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "NoiseRegion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ActorKind" NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActorAlias" (
    "id" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "AliasKind" NOT NULL,
    "normalized" TEXT NOT NULL,

    CONSTRAINT "ActorAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActorRelation" (
    "id" TEXT NOT NULL,
    "type" "RelationType" NOT NULL,
    "subjectId" TEXT NOT NULL,
    "objectId" TEXT NOT NULL,
    "startAt" DATE,
    "startPrecision" "DatePrecision",
    "endAt" DATE,
    "endPrecision" "DatePrecision",
    "claimId" TEXT,

    CONSTRAINT "ActorRelation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Predicate" (
    "id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "object" "PredicateObject" NOT NULL,
    "relation" "RelationType",
    "statementTemplate" TEXT,
    "askSubjectTemplate" TEXT,
    "askObjectTemplate" TEXT,

    CONSTRAINT "Predicate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "predicateId" TEXT NOT NULL,
    "objectId" TEXT,
    "valueText" TEXT,
    "valueNumber" DOUBLE PRECISION,
    "valueUnit" TEXT,
    "valueDate" DATE,
    "valueDatePrecision" "DatePrecision",
    "statement" TEXT NOT NULL,
    "modality" "Modality" NOT NULL,
    "speakerId" TEXT,
    "rank" "Rank" NOT NULL DEFAULT 'NORMAL',
    "timeAt" DATE,
    "timePrecision" "DatePrecision",
    "asOfAt" DATE,
    "asOfPrecision" "DatePrecision",
    "placeId" TEXT,
    "offTopic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Dispute" (
    "id" TEXT NOT NULL,
    "firstId" TEXT NOT NULL,
    "secondId" TEXT NOT NULL,
    "aspect" "DisputeAspect" NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "Dispute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meta" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meta_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_contentHash_key" ON "Source"("contentHash");

-- CreateIndex
CREATE INDEX "NoiseRegion_sourceId_idx" ON "NoiseRegion"("sourceId");

-- CreateIndex
CREATE INDEX "Actor_kind_idx" ON "Actor"("kind");

-- CreateIndex
CREATE INDEX "ActorAlias_normalized_idx" ON "ActorAlias"("normalized");

-- CreateIndex
CREATE UNIQUE INDEX "ActorAlias_actorId_name_key" ON "ActorAlias"("actorId", "name");

-- CreateIndex
CREATE INDEX "ActorRelation_objectId_idx" ON "ActorRelation"("objectId");

-- CreateIndex
CREATE UNIQUE INDEX "ActorRelation_type_subjectId_objectId_key" ON "ActorRelation"("type", "subjectId", "objectId");

-- CreateIndex
CREATE INDEX "Claim_subjectId_idx" ON "Claim"("subjectId");

-- CreateIndex
CREATE INDEX "Claim_objectId_idx" ON "Claim"("objectId");

-- CreateIndex
CREATE INDEX "Claim_speakerId_idx" ON "Claim"("speakerId");

-- CreateIndex
CREATE INDEX "Claim_predicateId_idx" ON "Claim"("predicateId");

-- CreateIndex
CREATE INDEX "Evidence_sourceId_idx" ON "Evidence"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Evidence_claimId_sourceId_start_key" ON "Evidence"("claimId", "sourceId", "start");

-- CreateIndex
CREATE INDEX "Dispute_secondId_idx" ON "Dispute"("secondId");

-- CreateIndex
CREATE UNIQUE INDEX "Dispute_firstId_secondId_key" ON "Dispute"("firstId", "secondId");

-- AddForeignKey
ALTER TABLE "NoiseRegion" ADD CONSTRAINT "NoiseRegion_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorAlias" ADD CONSTRAINT "ActorAlias_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorRelation" ADD CONSTRAINT "ActorRelation_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorRelation" ADD CONSTRAINT "ActorRelation_objectId_fkey" FOREIGN KEY ("objectId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorRelation" ADD CONSTRAINT "ActorRelation_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_predicateId_fkey" FOREIGN KEY ("predicateId") REFERENCES "Predicate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_objectId_fkey" FOREIGN KEY ("objectId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_firstId_fkey" FOREIGN KEY ("firstId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_secondId_fkey" FOREIGN KEY ("secondId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
