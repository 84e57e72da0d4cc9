import { createHash } from 'node:crypto';
import { endsBefore, parsePartialDate } from './dates.ts';
import type { ClaimEntry, SourceEntry } from './files.ts';
import { KnowledgeBaseError } from './problems.ts';
import { findCodePoint, locateQuote, QuoteNotFoundError } from './quote.ts';
import type { KnowledgeFiles } from './read.ts';
import type {
  Actor,
  Claim,
  ClaimValue,
  Dispute,
  Evidence,
  KnowledgeBase,
  NoiseRegion,
  Predicate,
  Relation,
  Source,
} from './types.ts';

/**
 * Resolves every reference and locates every quote. Collects all problems and throws them
 * together, so one run shows everything that needs fixing. Each step below adds what it finds
 * wrong to `problems`, in the order the files are read.
 */
export function buildKnowledgeBase(files: KnowledgeFiles): KnowledgeBase {
  const problems: string[] = [];
  const unique = uniqueIds(problems);

  const sources = files.sources.flatMap((entry) => {
    const text = files.texts.get(entry.file);
    return text === undefined ? [] : [buildSource(entry, text, problems)];
  });
  unique(
    'source',
    sources.map((s) => s.id),
  );
  unique(
    'source text',
    sources.map((s) => s.contentHash),
  );

  const predicates: Predicate[] = files.predicates;
  const predicateById = new Map(predicates.map((p) => [p.id, p]));
  unique(
    'predicate',
    predicates.map((p) => p.id),
  );
  checkPredicateLinks(predicates, predicateById, problems);

  const actors: Actor[] = files.actors.map(({ relations: _, ...actor }) => actor);
  const actorIds = unique(
    'actor',
    actors.map((a) => a.id),
  );
  checkAliases(actors, problems);

  const relations = declaredRelations(files.actors, actorIds, problems);
  const known = { actorIds, predicateById, sourceById: new Map(sources.map((s) => [s.id, s])) };
  const claims = files.claims.map((entry) => {
    const claim = buildClaim(entry, known, problems);
    const relation = claimRelation(entry, predicateById.get(entry.predicate));
    if (relation) relations.push(relation);
    return claim;
  });
  const claimIds = unique(
    'claim',
    claims.map((c) => c.id),
  );

  const disputes = buildDisputes(files.disputes, claimIds, problems);
  unique(
    'dispute',
    disputes.map((d) => [d.firstId, d.secondId].sort().join(' × ')),
  );
  unique(
    'relation',
    relations.map((r) => `${r.type} ${r.subjectId} → ${r.objectId}`),
  );

  if (problems.length > 0) throw new KnowledgeBaseError(problems);
  return { sources, predicates, actors, relations, claims, disputes };
}

/** Checks that no two of a kind share an id (or a key); gives the ids, for references. */
const uniqueIds = (problems: string[]) => (kind: string, ids: string[]) => {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push(`${kind} id "${id}" is used twice`);
    seen.add(id);
  }
  return seen;
};

/** A predicate's `implies` and `opposite` name predicates that fit: same object, named back. */
function checkPredicateLinks(
  predicates: Predicate[],
  predicateById: Map<string, Predicate>,
  problems: string[],
) {
  for (const p of predicates) {
    for (const implied of p.implies) {
      const target = predicateById.get(implied);
      if (!target)
        problems.push(`predicate "${p.id}": implies "${implied}", which is not a predicate`);
      else if (target.object !== 'EITHER' && target.object !== p.object)
        problems.push(
          `predicate "${p.id}": implies "${implied}", whose object is ${target.object.toLowerCase()}, not ${p.object.toLowerCase()}`,
        );
      else if (implied === p.id) problems.push(`predicate "${p.id}": implies itself`);
    }
    if (p.opposite !== null) {
      const target = predicateById.get(p.opposite);
      if (!target)
        problems.push(`predicate "${p.id}": its opposite "${p.opposite}" is not a predicate`);
      else if (target.opposite !== p.id)
        problems.push(
          `predicate "${p.id}": its opposite "${p.opposite}" must name it back as its opposite`,
        );
    }
  }
}

/** An actor's name and aliases are each listed once. */
function checkAliases(actors: Actor[], problems: string[]) {
  for (const actor of actors) {
    const names = new Set([actor.name]);
    for (const alias of actor.aliases) {
      if (names.has(alias.name))
        problems.push(`actor "${actor.id}": alias "${alias.name}" is listed twice`);
      names.add(alias.name);
    }
  }
}

/** The relations actors.yaml states between actors, to known actors and with real dates. */
function declaredRelations(
  entries: KnowledgeFiles['actors'],
  actorIds: Set<string>,
  problems: string[],
): Relation[] {
  const relations: Relation[] = [];
  for (const entry of entries) {
    for (const r of entry.relations) {
      if (!actorIds.has(r.object))
        problems.push(`actor "${entry.id}": relation to unknown actor "${r.object}"`);
      const start = r.start === null ? null : parsePartialDate(r.start);
      const end = r.end === null ? null : parsePartialDate(r.end);
      if ((r.start !== null && !start) || (r.end !== null && !end)) {
        problems.push(
          `actor "${entry.id}": relation to "${r.object}" has a malformed start or end date`,
        );
      }
      relations.push({
        type: r.type,
        subjectId: entry.id,
        objectId: r.object,
        start,
        end,
        claimId: null,
      });
    }
  }
  return relations;
}

interface Known {
  actorIds: Set<string>;
  predicateById: Map<string, Predicate>;
  sourceById: Map<string, Source>;
}

/** A claim whose references resolve, whose predicate fits it, and whose quotes are found. */
function buildClaim(entry: ClaimEntry, known: Known, problems: string[]): Claim {
  const where = `claim "${entry.id}"`;
  const refer = (role: string, id: string | null) => {
    if (id !== null && !known.actorIds.has(id))
      problems.push(`${where}: ${role} "${id}" is not an actor`);
  };
  refer('subject', entry.subject);
  refer('object', entry.object);
  refer('speaker', entry.speaker);
  refer('place', entry.qualifiers.place);
  const predicate = known.predicateById.get(entry.predicate);
  if (!predicate)
    problems.push(`${where}: predicate "${entry.predicate}" is not in predicates.yaml`);
  else if (predicate.object === 'ACTOR' && entry.object === null)
    problems.push(`${where}: predicate "${predicate.id}" takes an actor object, not a value`);
  else if (predicate.object === 'VALUE' && entry.object !== null)
    problems.push(`${where}: predicate "${predicate.id}" takes a value, not an actor object`);
  if (entry.modality === 'QUOTE' && entry.speaker === null)
    problems.push(`${where}: a quote needs a speaker`);
  const { time, until } = entry.qualifiers;
  if (time && until && endsBefore(until, time))
    problems.push(
      `${where}: its until qualifier (${until.value}) is before its time qualifier (${time.value})`,
    );
  const evidence = entry.evidence.flatMap((e) =>
    locateEvidence(entry, e, known.sourceById, problems),
  );
  return toClaim(entry, evidence);
}

/** One piece of a claim's evidence, located in its source (outside noise, unless off topic). */
function locateEvidence(
  entry: ClaimEntry,
  e: ClaimEntry['evidence'][number],
  sourceById: Map<string, Source>,
  problems: string[],
): Evidence[] {
  const where = `claim "${entry.id}"`;
  const source = sourceById.get(e.source);
  if (!source) {
    problems.push(`${where}: evidence cites unknown source "${e.source}"`);
    return [];
  }
  try {
    const located = locateQuote(source.text, e.quote, e.start);
    if (
      !entry.offTopic &&
      source.noise.some((n) => located.start < n.end && located.end > n.start)
    ) {
      problems.push(
        `${where}: quote "${short(e.quote)}" lies in a noise region of "${source.id}"; mark the claim offTopic`,
      );
    }
    return [{ sourceId: source.id, ...located }];
  } catch (error) {
    if (!(error instanceof QuoteNotFoundError)) throw error;
    problems.push(`${where}: quote "${e.quote}" in source "${source.id}": ${error.message}`);
    return [];
  }
}

/** The actor relation a claim makes, when its predicate has one and its object is an actor. */
function claimRelation(entry: ClaimEntry, predicate: Predicate | undefined): Relation | null {
  if (!predicate?.relation || entry.object === null) return null;
  return {
    type: predicate.relation,
    subjectId: entry.subject,
    objectId: entry.object,
    start: entry.qualifiers.time,
    end: entry.qualifiers.until,
    claimId: entry.id,
  };
}

/** Disputes between two different, known claims. */
function buildDisputes(
  entries: KnowledgeFiles['disputes'],
  claimIds: Set<string>,
  problems: string[],
): Dispute[] {
  return entries.map(({ claims: [firstId, secondId], ...rest }) => {
    for (const id of [firstId, secondId]) {
      if (!claimIds.has(id))
        problems.push(`dispute "${firstId}" × "${secondId}": unknown claim "${id}"`);
    }
    if (firstId === secondId)
      problems.push(`dispute "${firstId}" × "${secondId}": a claim cannot dispute itself`);
    return { firstId, secondId, ...rest };
  });
}

function buildSource(entry: SourceEntry, text: string, problems: string[]): Source {
  const noise: NoiseRegion[] = [];
  for (const region of entry.noise) {
    const start = findCodePoint(text, region.from);
    const through = start === -1 ? -1 : findCodePoint(text, region.through, start);
    if (start === -1 || through === -1) {
      const missing = start === -1 ? region.from : region.through;
      problems.push(
        `source "${entry.id}": noise region "${region.label}": "${short(missing)}" is not in the text`,
      );
      continue;
    }
    noise.push({ label: region.label, start, end: through + Array.from(region.through).length });
  }
  return {
    id: entry.id,
    fileName: entry.file,
    title: entry.title,
    publisher: entry.publisher,
    publisherBasis: entry.publisherBasis,
    url: entry.url,
    published: entry.published,
    genre: entry.genre,
    text,
    contentHash: createHash('sha256').update(text, 'utf8').digest('hex'),
    noise,
  };
}

function toClaim(entry: ClaimEntry, evidence: Evidence[]): Claim {
  return {
    id: entry.id,
    subjectId: entry.subject,
    predicateId: entry.predicate,
    objectId: entry.object,
    value: toValue(entry.value),
    statement: entry.statement,
    modality: entry.modality,
    speakerId: entry.speaker,
    rank: entry.rank,
    qualifiers: {
      time: entry.qualifiers.time,
      asOf: entry.qualifiers.asOf,
      until: entry.qualifiers.until,
      placeId: entry.qualifiers.place,
    },
    offTopic: entry.offTopic,
    background: entry.background,
    evidence,
  };
}

function toValue(value: ClaimEntry['value']): ClaimValue | null {
  if (value === null) return null;
  if ('text' in value) return { kind: 'text', text: value.text };
  if ('number' in value) return { kind: 'number', number: value.number, unit: value.unit };
  return { kind: 'date', date: value.date };
}

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);
