/** A set's attempt rules and identity mode, as the share page and the studio show them. */

import { graphql, type ResultOf, type SchemaType } from './graphql.ts';

export type Identity = SchemaType<'LearnerIdentity'>;
export type Feedback = SchemaType<'FeedbackTiming'>;

export const SharedRulesFields = graphql(`
  fragment SharedRulesFields on SharedQuestionSet {
    identity @_required feedback @_required attemptsAllowed timeLimitSeconds opensAt closesAt
    state @_required
  }
`);

export type SharedRules = ResultOf<typeof SharedRulesFields>;

/** A date in the words the API's messages use: UTC, so everyone reads the same time. */
export const whenText = (iso: string): string =>
  `${new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC`;

/** "1 hour 30 minutes", "45 minutes", "90 seconds". */
export function durationText(seconds: number): string {
  if (seconds < 120) return `${seconds} seconds`;
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.round((seconds % 3600) / 60);
  const parts = [
    hours > 0 ? `${hours} ${hours === 1 ? 'hour' : 'hours'}` : '',
    minutes > 0 ? `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/** "04:59": the time left, for the attempt's clock. */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

export const revealText: Record<Feedback, string> = {
  AFTER_EACH_QUESTION: 'Right answers and their evidence are shown after each answer.',
  AT_END: 'Right answers and their evidence are shown when you finish.',
  AFTER_CLOSE: 'Right answers and their evidence are shown after the set closes.',
  NEVER: 'Your teacher has chosen not to show right answers.',
};

/** What the set's owner will see of the learner: said before starting. */
export const sharedText: Record<Identity, string> = {
  ANONYMOUS: 'Your teacher sees your answers and score, but not who you are.',
  NAME: 'Your teacher sees the name (and student ID, if you give one) with your answers and score. Nothing else about you is shared.',
  SIGNED_IN:
    "Your teacher sees your account's name with your answers and score (not your email or password).",
  ROSTER:
    'Your teacher sees your name and student ID as they are on the class list, with your answers and score. Nothing else is shared.',
};

/** The rules a learner should know before starting, one sentence each. */
export function rulesList(rules: SharedRules): string[] {
  return [
    rules.timeLimitSeconds
      ? `Time limit: ${durationText(rules.timeLimitSeconds)} from when you start. Answers after that are not counted.`
      : '',
    rules.attemptsAllowed
      ? `You may take it ${rules.attemptsAllowed === 1 ? 'once' : `${rules.attemptsAllowed} times`}.`
      : '',
    rules.closesAt ? `It closes on ${whenText(rules.closesAt)}.` : '',
    revealText[rules.feedback],
  ].filter(Boolean);
}

const browserKeyName = 'attest:browser';

/** A random key this browser keeps: how a set that asks nothing counts its attempts. */
export function browserKey(): string | null {
  try {
    const kept = localStorage.getItem(browserKeyName);
    if (kept) return kept;
    const made = crypto.randomUUID();
    localStorage.setItem(browserKeyName, made);
    return made;
  } catch {
    return null;
  }
}
