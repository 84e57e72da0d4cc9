import type { Entity } from './actors.ts';
import { type Attribution, attribute, type Context, type Speaker, tokenAt } from './attribution.ts';
import type { Mention } from './mentions.ts';
import type { QuotedRun } from './quote-marks.ts';
import type { Token } from './tokens.ts';

/** Fewer words than this in quote marks is a term or a scare quote (the so-called “green corridor”). */
export const MIN_QUOTE_WORDS = 4;
/** An unattributed quotation this long that stands as its own sentence is still a quote. */
const STANDALONE_WORDS = 10;

export interface FoundQuote {
  run: QuotedRun;
  speaker: Entity | null;
  attribution: { start: number; end: number } | null;
  confidence: number;
}

export interface QuoteDeps {
  ctx: Context;
  mentions: Mention[];
  entityOf: Map<Mention, Entity>;
  /** Makes (or finds) the actor a description names: "one Indo-Pacific nation diplomat". */
  describe(start: number, end: number, first: number, last: number): Entity;
  /** Quoted runs' extents, so that "he" looks back only at names outside quotations. */
  inQuote(offset: number): boolean;
}

/**
 * Direct quotes and their speakers. Each quoted run of MIN_QUOTE_WORDS words or more is a quote
 * when something attributes it: its own attribution, "he"/"she" resolved to the last person
 * named, or the quote before it (a quotation the attribution splits, or one continued in the
 * next sentence or paragraph with nothing else between).
 */
export function findQuotes(deps: QuoteDeps): FoundQuote[] {
  const { ctx } = deps;
  const found: FoundQuote[] = [];
  let previous: FoundQuote | null = null;
  for (let r = 0; r < ctx.runs.length; r++) {
    const run = ctx.runs[r] as QuotedRun;
    if (run.words < MIN_QUOTE_WORDS) continue;
    const attribution = attribute(ctx, r);
    let speaker = attribution ? resolve(deps, attribution, run) : null;
    let confidence = attribution ? (speaker ? 0.9 : 0.4) : 0.4;
    if (!speaker && previous?.speaker && continues(ctx, previous, run)) {
      speaker = previous.speaker;
      confidence = 0.8;
    }
    if (!speaker && !standsAlone(ctx, run)) continue;
    const quote: FoundQuote = {
      run,
      speaker,
      attribution: attribution ? { start: attribution.start, end: attribution.end } : null,
      confidence: speaker ? confidence : 0.3,
    };
    if (speaker) speaker.speaker = true;
    found.push(quote);
    previous = quote;
  }
  return found;
}

function resolve(deps: QuoteDeps, attribution: Attribution, run: QuotedRun): Entity | null {
  const speaker: Speaker = attribution.speaker;
  if ('mention' in speaker) return deps.entityOf.get(speaker.mention) ?? null;
  if ('description' in speaker) {
    const d = speaker.description;
    return deps.describe(d.start, d.end, d.first, d.last);
  }
  // "he"/"she": the last person named outside quotations before the quote (or its attribution).
  const limit = Math.min(run.open, attribution.start);
  let best: Entity | null = null;
  for (const mention of deps.mentions) {
    if (mention.start >= limit) break;
    const entity = deps.entityOf.get(mention);
    if (entity?.kind === 'PERSON' && !deps.inQuote(mention.start)) best = entity;
  }
  return best;
}

/** Nothing but the previous quote's attribution (or nothing) lies between the two runs. */
function continues(ctx: Context, previous: FoundQuote, run: QuotedRun): boolean {
  const from = Math.max(previous.run.close, previous.attribution?.end ?? 0);
  if (from > run.open) return previous.attribution !== null;
  const between = ctx.text.slice(from, run.open);
  if (/[\p{L}\p{N}]/u.test(between)) return false;
  // At most one paragraph break: a quotation continued in the next paragraph.
  return (between.match(/\n\s*\n|\n/g)?.length ?? 0) <= 1;
}

/** A long quotation that is a sentence on its own (not a phrase inside someone's sentence). */
function standsAlone(ctx: Context, run: QuotedRun): boolean {
  if (run.words < STANDALONE_WORDS) return false;
  const before = ctx.text.slice(Math.max(0, run.open - 3), run.open);
  const first: Token | undefined = tokenAt(ctx.tokens, run.start);
  return (run.open === 0 || /(^|[.!?]\s*|\n\s*)$/.test(before)) && !!first?.capitalized;
}
