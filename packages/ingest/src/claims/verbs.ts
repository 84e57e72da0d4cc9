import type { Entity } from '../actors.ts';
import type { Mention } from '../mentions.ts';
import type { Token } from '../tokens.ts';
import { type ClaimDraft, textValue } from './draft.ts';
import { objectPhrase, type PhraseDeps, phraseActor, subjectBefore } from './phrases.ts';

/** Verb patterns → predicate: "blocked", "shot down", "plans to open", "is planning to sign". */
const PATTERNS: {
  words: RegExp;
  predicateId: string;
  modality: ClaimDraft['modality'];
  verb: string;
}[] = [
  {
    words: /^(blocked|vetoed|shot down|torpedoed|rejected)$/,
    predicateId: 'blocked',
    modality: 'FACT',
    verb: 'blocked',
  },
  {
    words: /^(opposes|opposed|objects to|objected to|is against|was against)$/,
    predicateId: 'opposes',
    modality: 'FACT',
    verb: 'opposes',
  },
  {
    words: /^(criticized|criticised|criticizes|criticises|condemned|condemns|denounced)$/,
    predicateId: 'criticized',
    modality: 'FACT',
    verb: 'criticized',
  },
  {
    words: /^(supports|supported|backs|backed|endorsed|endorses|welcomed|welcomes)$/,
    predicateId: 'supports',
    modality: 'FACT',
    verb: 'supports',
  },
  {
    words: /^(announced|announces)$/,
    predicateId: 'announced',
    modality: 'FACT',
    verb: 'announced',
  },
  {
    words: /^(proposed|proposes|floated)$/,
    predicateId: 'proposed',
    modality: 'FACT',
    verb: 'proposed',
  },
  {
    words: /^(set up|sets up|established|stood up|has set up)$/,
    predicateId: 'set_up',
    modality: 'FACT',
    verb: 'set up',
  },
  {
    words:
      /^(plans to open|planned to open|is planning to open|intends to open|is set to open|will open|is to open|plans to establish|decided to open|has decided to open)$/,
    predicateId: 'plans_to_open',
    modality: 'PLAN',
    verb: 'plans to open',
  },
  {
    words:
      /^(plans to sign|intend to sign|intends to sign|will sign|committed to signing|is set to sign|plans to conclude)$/,
    predicateId: 'plans_to_sign',
    modality: 'PLAN',
    verb: 'plans to sign',
  },
];
const MAX_VERB_WORDS = 4;
const PASSIVE =
  /^(was|were|has been|had been|is|are) (blocked|vetoed|shot down|rejected|opposed|criticized|criticised|backed|supported|proposed|floated)$/;

/**
 * Active "SUBJECT [adverb] VERB OBJECT" and passive "OBJECT was VERB [at the time] by SUBJECT"
 * for the vocabulary's action predicates. The object is an actor when the phrase names one,
 * else the phrase as a value for the reviewer to link.
 */
export function verbClaims(deps: PhraseDeps, predicates: Set<string>): ClaimDraft[] {
  const { tokens } = deps;
  const claims: ClaimDraft[] = [];
  const mentionAt = new Map<number, Mention>(deps.mentions.map((m) => [m.first, m]));
  const mentionEnding = new Map<number, Mention>(deps.mentions.map((m) => [m.last, m]));
  for (let i = 0; i < tokens.length; i++) {
    for (let n = MAX_VERB_WORDS; n >= 1; n--) {
      const last = tokens[i + n - 1];
      if (!last || last.sentence !== (tokens[i] as Token).sentence) continue;
      const words = tokens
        .slice(i, i + n)
        .map((t) => t.text.toLowerCase())
        .join(' ');
      const pattern = PATTERNS.find((p) => p.words.test(words));
      if (pattern && predicates.has(pattern.predicateId)) {
        const subject = subjectBefore(deps, mentionEnding, i);
        const phrase = objectPhrase(tokens, i + n);
        const subjectEntity = subject ? deps.entityOf.get(subject) : undefined;
        if (subject && subjectEntity && phrase) {
          claims.push(draft(deps, pattern, subjectEntity, subject.start, phrase, mentionAt));
          i += n - 1;
          break;
        }
      }
      const passive = PASSIVE.exec(words);
      if (passive && n >= 2) {
        const claim = passiveClaim(
          deps,
          i,
          n,
          passive[2] as string,
          mentionAt,
          mentionEnding,
          predicates,
        );
        if (claim) {
          claims.push(claim);
          i += n - 1;
          break;
        }
      }
    }
  }
  return claims;
}

function draft(
  deps: PhraseDeps,
  pattern: (typeof PATTERNS)[number],
  subject: Entity,
  start: number,
  phrase: { from: number; to: number },
  mentionAt: Map<number, Mention>,
): ClaimDraft {
  const object = phraseActor(deps, mentionAt, phrase.from, phrase.to);
  const objectText = deps.text.slice(
    (deps.tokens[phrase.from] as Token).start,
    (deps.tokens[phrase.to] as Token).end,
  );
  const end = (deps.tokens[phrase.to] as Token).end;
  return patternClaim(pattern, subject, object, objectText, { start, end }, object ? 0.6 : 0.45);
}

/**
 * `subject` did what `pattern` names to `object`, or to `objectText` as words when the object is
 * no other actor, as the passage `evidence` says.
 */
function patternClaim(
  pattern: (typeof PATTERNS)[number],
  subject: Entity,
  object: Entity | null | undefined,
  objectText: string,
  evidence: ClaimDraft['evidence'],
  confidence: number,
): ClaimDraft {
  const other = object && object !== subject ? object : null;
  return {
    subject,
    predicateId: pattern.predicateId,
    object: other,
    value: other ? null : textValue(objectText),
    statement: `${subject.name} ${pattern.verb} ${object?.name ?? objectText}.`,
    modality: pattern.modality,
    speaker: null,
    evidence,
    confidence,
  };
}

/** "the move was shot down at the time by French President Emmanuel Macron". */
function passiveClaim(
  deps: PhraseDeps,
  i: number,
  n: number,
  verb: string,
  mentionAt: Map<number, Mention>,
  mentionEnding: Map<number, Mention>,
  predicates: Set<string>,
): ClaimDraft | null {
  const { tokens } = deps;
  const pattern = PATTERNS.find((p) => p.words.test(verb));
  if (!pattern || !predicates.has(pattern.predicateId)) return null;
  let j = i + n;
  while (j < tokens.length && j < i + n + 5 && tokens[j]?.text !== 'by') j++;
  if (tokens[j]?.text !== 'by') return null;
  // The agent: the first person named after "by" ("by French President Emmanuel Macron"), else
  // the first actor.
  const after = [...mentionAt.values()].filter((m) => m.first > j && m.first <= j + 6);
  const agent =
    after.find((m) => m.kind === 'PERSON' || m.entries.some((e) => e.kind === 'PERSON')) ??
    after[0];
  const subject = agent ? deps.entityOf.get(agent) : undefined;
  if (!agent || !subject) return null;
  // The object: the noun phrase that opens the clause before the verb.
  let from = i - 1;
  while (
    from > 0 &&
    !/^[.,;:!?]$/.test((tokens[from - 1] as Token).text) &&
    (tokens[from - 1] as Token).sentence === (tokens[i] as Token).sentence &&
    i - from < 10
  )
    from--;
  while (from < i && /^(but|and|yet|so)$/i.test((tokens[from] as Token).text)) from++;
  if (from >= i) return null;
  const objectMention = mentionEnding.get(i - 1);
  const object =
    (objectMention && deps.entityOf.get(objectMention)) ??
    phraseActor(deps, mentionAt, from, i - 1);
  const objectText = deps.text.slice((tokens[from] as Token).start, (tokens[i - 1] as Token).end);
  const evidence = { start: (tokens[from] as Token).start, end: agent.end };
  return patternClaim(pattern, subject, object, objectText, evidence, 0.55);
}
