import { stringify } from 'yaml';
import { findCodePoint, sliceCodePoints } from './quote.ts';
import type { ClaimValue, KnowledgeBase, PartialDate, Source } from './types.ts';

/** One file of a knowledge base folder: its path in the folder, and its text. */
export interface KnowledgeFile {
  path: string;
  content: string;
}

const date = (d: PartialDate | null) =>
  d ? { value: d.value, precision: d.precision.toLowerCase() } : null;
const lower = (s: string) => s.toLowerCase();
const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });

/**
 * A knowledge base as the files `readKnowledgeFiles` reads (the curated format of prisma/data):
 * sources.yaml with each text in corpus/, predicates.yaml, actors.yaml, claims/claims.yaml and
 * disputes.yaml. Reading them back and building gives the same knowledge base.
 */
export function knowledgeFilesOf(kb: KnowledgeBase): KnowledgeFile[] {
  const fileOf = (s: Source) => s.fileName || `${s.id}.txt`;
  const statedRelations = kb.relations.filter((r) => r.claimId === null);
  return [
    {
      path: 'sources.yaml',
      content: yaml(
        kb.sources.map((s) => ({
          id: s.id,
          file: fileOf(s),
          title: s.title,
          publisher: s.publisher,
          publisherBasis: s.publisherBasis,
          url: s.url,
          published: date(s.published),
          genre: lower(s.genre),
          noise: s.noise.map((n) => ({ label: n.label, ...markers(s.text, n.start, n.end) })),
        })),
      ),
    },
    ...kb.sources.map((s) => ({ path: `corpus/${fileOf(s)}`, content: s.text })),
    {
      path: 'predicates.yaml',
      content: yaml(
        kb.predicates.map((p) => ({
          ...p,
          object: lower(p.object),
          relation: p.relation ? lower(p.relation) : null,
        })),
      ),
    },
    {
      path: 'actors.yaml',
      content: yaml(
        kb.actors.map((a) => ({
          id: a.id,
          name: a.name,
          kind: lower(a.kind),
          description: a.description,
          aliases: a.aliases.map((x) => ({ name: x.name, kind: lower(x.kind) })),
          relations: statedRelations
            .filter((r) => r.subjectId === a.id)
            .map((r) => ({
              type: lower(r.type),
              object: r.objectId,
              start: r.start?.value ?? null,
              end: r.end?.value ?? null,
            })),
        })),
      ),
    },
    {
      path: 'claims/claims.yaml',
      content: yaml(
        kb.claims.map((c) => ({
          id: c.id,
          subject: c.subjectId,
          predicate: c.predicateId,
          object: c.objectId,
          value: c.value ? claimValueOf(c.value) : null,
          statement: c.statement,
          modality: lower(c.modality),
          speaker: c.speakerId,
          rank: lower(c.rank),
          qualifiers: {
            time: date(c.qualifiers.time),
            asOf: date(c.qualifiers.asOf),
            until: date(c.qualifiers.until),
            place: c.qualifiers.placeId,
          },
          offTopic: c.offTopic,
          // Written only where set: most claims are what the story teaches.
          ...(c.background ? { background: true } : {}),
          evidence: c.evidence.map((e) => ({ source: e.sourceId, quote: e.quote, start: e.start })),
        })),
      ),
    },
    {
      path: 'disputes.yaml',
      content: yaml(
        kb.disputes.map((d) => ({
          claims: [d.firstId, d.secondId],
          aspect: lower(d.aspect),
          description: d.description,
        })),
      ),
    },
  ];
}

function claimValueOf(value: ClaimValue) {
  if (value.kind === 'text') return { text: value.text };
  if (value.kind === 'number') return { number: value.number, unit: value.unit };
  return { date: value.date.value, precision: value.date.precision.toLowerCase() };
}

/**
 * The `from` and `through` texts that find a noise region again: the shortest opening whose
 * first occurrence is the region's start, and the shortest ending whose first occurrence after
 * it ends the region (the way the reader looks them up).
 */
function markers(text: string, start: number, end: number) {
  let fromLength = Math.min(20, end - start);
  while (findCodePoint(text, sliceCodePoints(text, start, start + fromLength)) !== start)
    fromLength++;
  let throughLength = Math.min(20, end - start);
  const ending = () => sliceCodePoints(text, end - throughLength, end);
  while (findCodePoint(text, ending(), start) !== end - throughLength) throughLength++;
  return { from: sliceCodePoints(text, start, start + fromLength), through: ending() };
}
