import { type KnowledgeBase, normalizeName, type PartialDate, toDate } from '@attest/knowledge';
import { predicateToRow } from './predicate-row.ts';

const dateFields = (d: PartialDate | null) => ({
  at: d ? toDate(d) : null,
  precision: d?.precision ?? null,
});

/** The public collection the curated knowledge base is (made by the collections migration). */
export const CORPUS_COLLECTION_ID = 'corpus';

/** The knowledge base as rows of each table, in `collectionId` (the corpus unless told). */
export function seedRows(kb: KnowledgeBase, collectionId: string = CORPUS_COLLECTION_ID) {
  return {
    predicates: kb.predicates.map(predicateToRow),
    sources: kb.sources.map((s) => {
      const published = dateFields(s.published);
      return {
        id: s.id,
        collectionId,
        title: s.title,
        publisher: s.publisher,
        publisherBasis: s.publisherBasis,
        url: s.url,
        publishedAt: published.at,
        publishedPrecision: published.precision,
        genre: s.genre,
        text: s.text,
        contentHash: s.contentHash,
        fileName: s.fileName,
      };
    }),
    noise: kb.sources.flatMap((s) => s.noise.map((n) => ({ sourceId: s.id, ...n }))),
    actors: kb.actors.map((a) => ({
      id: a.id,
      collectionId,
      name: a.name,
      kind: a.kind,
      description: a.description,
    })),
    aliases: kb.actors.flatMap((a) =>
      a.aliases.map((alias) => ({
        actorId: a.id,
        ...alias,
        normalized: normalizeName(alias.name),
      })),
    ),
    claims: kb.claims.map((c) => {
      const time = dateFields(c.qualifiers.time);
      const asOf = dateFields(c.qualifiers.asOf);
      const until = dateFields(c.qualifiers.until);
      const valueDate = dateFields(c.value?.kind === 'date' ? c.value.date : null);
      return {
        id: c.id,
        collectionId,
        subjectId: c.subjectId,
        predicateId: c.predicateId,
        objectId: c.objectId,
        valueText: c.value?.kind === 'text' ? c.value.text : null,
        valueNumber: c.value?.kind === 'number' ? c.value.number : null,
        valueUnit: c.value?.kind === 'number' ? c.value.unit : null,
        valueDate: valueDate.at,
        valueDatePrecision: valueDate.precision,
        statement: c.statement,
        modality: c.modality,
        speakerId: c.speakerId,
        rank: c.rank,
        timeAt: time.at,
        timePrecision: time.precision,
        asOfAt: asOf.at,
        asOfPrecision: asOf.precision,
        untilAt: until.at,
        untilPrecision: until.precision,
        placeId: c.qualifiers.placeId,
        offTopic: c.offTopic,
        background: c.background,
      };
    }),
    evidence: kb.claims.flatMap((c) => c.evidence.map((e) => ({ claimId: c.id, ...e }))),
    relations: kb.relations.map((r) => {
      const start = dateFields(r.start);
      const end = dateFields(r.end);
      return {
        type: r.type,
        subjectId: r.subjectId,
        objectId: r.objectId,
        startAt: start.at,
        startPrecision: start.precision,
        endAt: end.at,
        endPrecision: end.precision,
        claimId: r.claimId,
      };
    }),
  };
}
