import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Claim, type KnowledgeBase, loadKnowledgeBase } from '@attest/knowledge';
import { scaleKnowledgeBase } from '@attest/knowledge/scale';

/**
 * `pnpm bench:derive`: `deriveQuiz` alone at 100× the corpus, over several changes one after
 * the other (each version derived from the last, banked by a quiz of 20 between), said of the
 * least mentioned person of copies 99, 98, …: a claim added (`BENCH_MODE=add`, the default) or
 * inserted after the person's first claim (`insert`, as a read by id puts a claim whose id sorts
 * among the others), one of the person's claims given another object (`edit`) or removed
 * (`remove`), the person renamed, an alias added (`rename`), or the copy's person in the fewest
 * stories made an organization (`kind`: kind-edits.ts), or the source of the person's first
 * claim edited in place
 * (`source`: its title corrected and its date changed) or removed with its evidence and the
 * claims it alone evidenced (`unsource`), or the person removed with the claims naming them
 * (`unactor`), or the person said to be affiliated with an organization of its copy, a claim of a
 * relation predicate modelled on one of the copy's, with the relation row the API writes for it
 * (`relation`: the person and object of `add`'s claim, another predicate; relation-edits.ts), or the copy's least
 * mentioned country said to be a member of an alliance so (`member`). Prints each change's wall and process CPU ms, then the CPU
 * of the first quiz of 20 on the new version (a version not derived is banked there in full), and
 * the medians after the first (the first pays for the JIT).
 * - `BENCH_CHANGES` (default 7): how many changes;
 * - `BENCH_PROFILE=<file>`: a CPU profile of the derivations after the second, for DevTools;
 * - `BENCH_SRC=<dir>`: time the engine in another `src` (e.g. an earlier commit's:
 *   `git archive <commit> src | tar -x -C <dir>`, the dir inside this package so that its imports
 *   resolve), to compare before and after in one session.
 */
const CHANGES = Number(process.env.BENCH_CHANGES ?? 7);
const MODE = process.env.BENCH_MODE ?? 'add';
const SRC = process.env.BENCH_SRC;
const PROFILE = process.env.BENCH_PROFILE;

const src = SRC ? resolve(isAbsolute(SRC) ? SRC : resolve(process.cwd(), SRC), 'src') : '../src';
const { deriveQuiz, generateQuestions } = (await import(
  `${src}/index.ts`
)) as typeof import('../src/index.ts');

const kb = scaleKnowledgeBase(loadKnowledgeBase(), 100);
const kinds = new Map(kb.actors.map((a) => [a.id, a.kind]));
const relations = new Set(kb.predicates.filter((p) => p.relation).map((p) => p.id));

/** How many on-topic claims of a copy name each actor (as subject or object). */
function mentionsIn(copy: string): Map<string, number> {
  const mentions = new Map<string, number>();
  for (const c of kb.claims) {
    if (c.offTopic || !c.id.endsWith(copy)) continue;
    for (const id of [c.subjectId, c.objectId]) {
      if (id !== null) mentions.set(id, (mentions.get(id) ?? 0) + 1);
    }
  }
  return mentions;
}

/** A claim about the least mentioned person of a copy, modelled on one of its person's claims. */
function claimAbout(i: number): Claim {
  const copy = `~${99 - i}`;
  const mentions = mentionsIn(copy);
  const [subjectId] = [...mentions.keys()]
    .filter((id) => kinds.get(id) === 'PERSON')
    .sort((a, b) => (mentions.get(a) ?? 0) - (mentions.get(b) ?? 0));
  const model = kb.claims.find(
    (c) =>
      c.id.endsWith(copy) &&
      kinds.get(c.subjectId) === 'PERSON' &&
      c.objectId !== null &&
      c.objectId !== subjectId &&
      c.value === null &&
      !c.offTopic &&
      !c.background &&
      !relations.has(c.predicateId),
  );
  if (!model || !subjectId) throw new Error(`No claim to model one on in copy ${copy}.`);
  return { ...structuredClone(model), id: `added-${i}`, subjectId };
}

function changed(previous: KnowledgeBase, i: number): KnowledgeBase {
  const claim = claimAbout(i);
  if (MODE === 'kind') {
    // The copy's person in the fewest stories (quotes count too: a speaker is prominent), made
    // an organization.
    const copy = `~${99 - i}`;
    const stories = new Map<string, Set<string>>();
    for (const c of kb.claims) {
      if (!c.id.endsWith(copy)) continue;
      for (const id of [c.subjectId, c.objectId, c.speakerId]) {
        if (id === null || kinds.get(id) !== 'PERSON') continue;
        const known = stories.get(id) ?? new Set<string>();
        for (const e of c.evidence) known.add(e.sourceId);
        stories.set(id, known);
      }
    }
    const [id] = [...stories.keys()].sort(
      (a, b) => (stories.get(a)?.size ?? 0) - (stories.get(b)?.size ?? 0) || (a < b ? -1 : 1),
    );
    const rekind = (a: KnowledgeBase['actors'][number]) => ({
      ...a,
      kind: 'ORGANIZATION' as const,
    });
    return { ...previous, actors: previous.actors.map((a) => (a.id === id ? rekind(a) : a)) };
  }
  if (MODE === 'rename') {
    const rename = (a: KnowledgeBase['actors'][number]) => ({
      ...a,
      name: `${a.name} Renamed`,
      aliases: [...a.aliases, { name: a.name, kind: 'NAME' as const }],
    });
    return {
      ...previous,
      actors: previous.actors.map((a) => (a.id === claim.subjectId ? rename(a) : a)),
    };
  }
  const target = previous.claims.find((c) => c.subjectId === claim.subjectId);
  const sourceId = target?.evidence[0]?.sourceId;
  if (MODE === 'source' && sourceId) {
    const correct = (s: KnowledgeBase['sources'][number]) => ({
      ...s,
      title: `${s.title} (corrected)`,
      published: { value: '2022', precision: 'YEAR' as const },
    });
    return {
      ...previous,
      sources: previous.sources.map((s) => (s.id === sourceId ? correct(s) : s)),
    };
  }
  if (MODE === 'unsource' && sourceId) {
    const claims = previous.claims.flatMap((c) => {
      if (!c.evidence.some((e) => e.sourceId === sourceId)) return [c];
      const evidence = c.evidence.filter((e) => e.sourceId !== sourceId);
      return evidence.length > 0 ? [{ ...c, evidence }] : [];
    });
    const kept = new Set(claims.map((c) => c.id));
    return {
      ...previous,
      sources: previous.sources.filter((s) => s.id !== sourceId),
      claims,
      disputes: previous.disputes.filter((d) => kept.has(d.firstId) && kept.has(d.secondId)),
    };
  }
  if (MODE === 'unactor') {
    // The person removed with every claim naming them (and those claims' disputes).
    const names = (c: Claim) =>
      [c.subjectId, c.objectId, c.speakerId, c.qualifiers.placeId].includes(claim.subjectId);
    const claims = previous.claims.filter((c) => !names(c));
    const kept = new Set(claims.map((c) => c.id));
    return {
      ...previous,
      actors: previous.actors.filter((a) => a.id !== claim.subjectId),
      claims,
      disputes: previous.disputes.filter((d) => kept.has(d.firstId) && kept.has(d.secondId)),
    };
  }
  if (MODE === 'relation' || MODE === 'member') {
    // A person affiliated with the copy's least mentioned organization, or the copy's least
    // mentioned country a member of an alliance, as a claim of one of the copy's does.
    const copy = `~${99 - i}`;
    const member = MODE === 'member';
    const model = kb.claims.find(
      (c) =>
        c.id.endsWith(copy) &&
        relations.has(c.predicateId) &&
        kinds.get(c.subjectId) === (member ? 'COUNTRY' : 'PERSON') &&
        c.objectId !== null &&
        !c.offTopic &&
        !c.background,
    );
    const type = kb.predicates.find((p) => p.id === model?.predicateId)?.relation;
    if (!model?.objectId || !type) throw new Error(`No relation claim in copy ${copy}.`);
    const least = (kind: string, not: string) =>
      [...mentionsIn(copy)]
        .filter(([id]) => kinds.get(id) === kind && id !== not)
        .sort((a, b) => a[1] - b[1])[0]?.[0];
    const subjectId = member ? least('COUNTRY', model.subjectId) : claim.subjectId;
    // (The person and the object of `add`'s claim: one mention more moves no ranking's prefix
    // that pools read, so only what the relation reaches differs.)
    const objectId = member ? model.objectId : claim.objectId;
    if (!subjectId || !objectId) throw new Error(`No actors to relate in copy ${copy}.`);
    const stated = { ...structuredClone(model), id: `related-${i}`, subjectId, objectId };
    const row = { type, subjectId, objectId, start: null, end: null, claimId: stated.id };
    // Where the database reads it: by subject, then object.
    const at = previous.relations.findIndex((r) => r.subjectId > row.subjectId);
    const rows = [...previous.relations];
    rows.splice(at < 0 ? rows.length : at, 0, row);
    return { ...previous, claims: [...previous.claims, stated], relations: rows };
  }
  if (MODE === 'add' || !target) return { ...previous, claims: [...previous.claims, claim] };
  if (MODE === 'remove')
    return { ...previous, claims: previous.claims.filter((c) => c !== target) };
  if (MODE === 'insert') {
    const at = previous.claims.indexOf(target) + 1;
    return { ...previous, claims: previous.claims.toSpliced(at, 0, claim) };
  }
  const edited = { ...target, objectId: claim.objectId };
  return { ...previous, claims: previous.claims.map((c) => (c === target ? edited : c)) };
}

const session = new Session();
session.connect();
await session.post('Profiler.enable');
const walls: number[] = [];
const cpus: number[] = [];
const quizzes: number[] = [];
let previous: KnowledgeBase = { ...kb };
generateQuestions(previous, { seed: 'served', count: 20 });
console.log(
  `deriveQuiz at 100× (${kb.claims.length} claims), ${MODE}, ${SRC ?? 'this src'}; load average ${loadavg()[0]?.toFixed(2)}:`,
);
for (let i = 0; i < CHANGES; i++) {
  const next = changed(previous, i);
  if (PROFILE && i === 2) await session.post('Profiler.start');
  const cpu = process.cpuUsage();
  const start = performance.now();
  const derived = deriveQuiz(previous, next);
  walls.push(performance.now() - start);
  const used = process.cpuUsage(cpu);
  cpus.push((used.user + used.system) / 1000);
  if (PROFILE && i === CHANGES - 1) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(PROFILE, JSON.stringify(profile));
  }
  const how = derived.spliced ? `${derived.reached} claims reached` : derived.fullRebuild;
  const quizCpu = process.cpuUsage();
  generateQuestions(next, { seed: 'served', count: 20 });
  const quizUsed = process.cpuUsage(quizCpu);
  quizzes.push((quizUsed.user + quizUsed.system) / 1000);
  console.log(
    `  change ${i}: ${cpus[i]?.toFixed(0)} cpu (${walls[i]?.toFixed(0)} wall), then first quiz ${quizzes[i]?.toFixed(0)} cpu [${how}${derived.extended ? ', index extended' : derived.patched ? ', index patched' : ''}]`,
  );
  previous = next;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log(
  `  median after the first: ${median(cpus.slice(1)).toFixed(0)} cpu (${median(walls.slice(1)).toFixed(0)} wall), then first quiz ${median(quizzes.slice(1)).toFixed(0)} cpu`,
);
