import type { Actor, ClaimValue } from '@attest/knowledge';
import { type Fact, framingKey, leadsOf, storyOf } from '../facts.ts';
import type { QuizIndex } from '../kb-index.ts';
import { searchable } from '../names.ts';
import { actorStatementHolds, chained, entangled, valueStatementHolds } from '../truth.ts';
import { fillTemplate, nameInSentence, timeLead, valueText, withLeads } from '../wording.ts';
import { dateFitsActor } from '../years.ts';

/** A fact asked one way round: "Who blocked X?" (subject) or "What did Y block?" (object). */
export interface Ask {
  fact: Fact;
  direction: 'subject' | 'object';
  /** Names the wording and framing, for the question id. */
  template: string;
  prompt: string;
  /** The prompt made `searchable` (see names.ts). */
  search: string;
  /**
   * The prompt without its time lead ("In 2011, …"), for when the date would point at the one
   * option that names it; null when the prompt has no time lead. Worded on first call: few
   * questions need it.
   */
  untimed: () => Phrasing | null;
  answerActor: Actor | null;
  answerValue: ClaimValue | null;
  /** Whether this actor would also be a right answer according to the base. */
  isRight: (actorId: string) => boolean;
  /** Not a fair wrong answer: right, or tied by a relation to the other side of the fact. */
  unfair: (actorId: string) => boolean;
  storySourceIds: string[];
}

export interface Phrasing {
  prompt: string;
  search: string;
}

const cache = new WeakMap<Fact, Ask[]>();

/** The ways a fact can be asked, given its predicate's phrasing (shared by choice and fill-in). */
export function asksOf(index: QuizIndex, fact: Fact): Ask[] {
  let asks = cache.get(fact);
  if (!asks) {
    asks = buildAsks(index, fact);
    cache.set(fact, asks);
  }
  return asks;
}

function buildAsks(index: QuizIndex, fact: Fact): Ask[] {
  const { askSubject, askObject } = fact.predicate.phrasing;
  const subject = index.actors.get(fact.subjectId);
  const object = fact.objectId === null ? null : (index.actors.get(fact.objectId) ?? null);
  if (!subject || (fact.objectId !== null && !object)) return [];
  const objectText = object ? nameInSentence(object) : fact.value ? valueText(fact.value) : null;
  if (objectText === null) return [];

  const leads = leadsOf(index, fact);
  // Only an event's time may go: an "As of" date is part of what a figure means.
  const time = fact.time ? timeLead(fact.time) : null;
  const untimedLeads = time ? leads.filter((l) => l !== time) : null;
  const phrase = (question: string) => {
    let untimed: Phrasing | null | undefined;
    return {
      ...prompted(withLeads(question, leads)),
      untimed: () => {
        if (untimed === undefined) {
          untimed = untimedLeads ? prompted(withLeads(question, untimedLeads)) : null;
        }
        return untimed;
      },
    };
  };
  const suffix = fact.framing.kind === 'PLAIN' ? '' : `@${framingKey(fact.framing)}`;
  const storySourceIds = storyOf(fact);
  const p = fact.predicate.id;
  const asks: Ask[] = [];

  // Who said a quote is asked by who-said questions, from the verbatim evidence.
  const quoted = fact.claims.every((c) => c.modality === 'QUOTE');
  if (askSubject && !askSubject.includes('{subject}') && !quoted) {
    asks.push({
      fact,
      direction: 'subject',
      template: `ask-subject${suffix}`,
      ...phrase(fillTemplate(askSubject, { object: objectText })),
      answerActor: subject,
      answerValue: null,
      isRight: (id) =>
        object
          ? actorStatementHolds(index, id, p, object.id)
          : valueStatementHolds(index, id, p, fact.value as ClaimValue),
      unfair: (id) =>
        object
          ? actorStatementHolds(index, id, p, object.id) ||
            entangled(index, id, object.id) ||
            chained(index, p, subject.id, id)
          : valueStatementHolds(index, id, p, fact.value as ClaimValue) ||
            !dateFitsActor(index, fact.value as ClaimValue, id),
      storySourceIds,
    });
  }
  if (askObject && !askObject.includes('{object}')) {
    asks.push({
      fact,
      direction: 'object',
      template: `ask-object${suffix}`,
      ...phrase(fillTemplate(askObject, { subject: nameInSentence(subject) })),
      answerActor: object,
      answerValue: object ? null : fact.value,
      isRight: (id) => actorStatementHolds(index, subject.id, p, id),
      unfair: (id) =>
        actorStatementHolds(index, subject.id, p, id) ||
        entangled(index, subject.id, id) ||
        (object !== null && chained(index, p, object.id, id)),
      storySourceIds,
    });
  }
  return asks;
}

const prompted = (prompt: string): Phrasing => ({ prompt, search: searchable(prompt) });
