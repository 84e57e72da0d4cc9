import { mentions, nameKey, normalize, searchable } from './names.ts';
import type { Question, QuestionType } from './types.ts';
import { ENDS_A_SENTENCE } from './wording.ts';

/** How many options and right options each type must have, or it is not generated. */
export const OPTION_RULES: Record<
  QuestionType,
  { options: [number, number]; correct: [number, number] }
> = {
  SINGLE_CHOICE: { options: [4, 4], correct: [1, 1] },
  WHO_SAID: { options: [4, 4], correct: [1, 1] },
  TRUE_FALSE: { options: [2, 2], correct: [1, 1] },
  MULTI_SELECT: { options: [5, 7], correct: [2, 5] },
  SOURCES_DISAGREE: { options: [3, 5], correct: [1, 3] },
  FILL_IN: { options: [0, 0], correct: [0, 0] },
};

/** Words too common to give anything away when a prompt and an option share them. */
export const STOP_WORDS = new Set(
  (
    'a an the of in on at to for by with from into over about as and or but not no nor ' +
    'is are was were be been being do does did has have had will would can could should may ' +
    'might must shall who whom whose what which when where why how that this these those it ' +
    'its their there they them he she his her him we our you your i me my us all any each ' +
    'some other than then so also only own same such very s t'
  ).split(' '),
);

// Option texts (actor names) recur across hundreds of questions: their word sets are kept, enough
// of them for a base 100× the corpus (its 30,000 actor names) not to evict them while in use.
const wordSets = new Map<string, string[]>();
const WORD_SET_LIMIT = 100_000;

function contentWords(text: string): string[] {
  let words = wordSets.get(text);
  if (!words) {
    if (wordSets.size >= WORD_SET_LIMIT) wordSets.clear();
    const all = normalize(text)
      .split(' ')
      .filter((w) => w !== '' && !STOP_WORDS.has(w));
    words = [...new Set(all)];
    wordSets.set(text, words);
  }
  return words;
}

/**
 * Words (a year, a name, any content word) that the prompt shares with a right option and with
 * no wrong option: "In 2011, what did China criticize?" over "The 2011 intervention in Libya"
 * lets the learner match rather than know. Options that all share a word give nothing away.
 * `promptSearch` is the prompt made `searchable`, when the caller has it already.
 */
export function sharedGiveaways(
  prompt: string,
  options: readonly { text: string; correct: boolean }[],
  promptSearch?: string,
): string[] {
  const shared: string[] = [];
  // Prompts are new every time: their words are looked up in the text, never split into a set.
  let search = promptSearch;
  let inWrong: Set<string> | null = null;
  for (const o of options) {
    if (!o.correct) continue;
    for (const w of contentWords(o.text)) {
      search ??= searchable(prompt);
      if (!mentions(search, w) || shared.includes(w)) continue;
      inWrong ??= wrongWords(options);
      if (!inWrong.has(w)) shared.push(w);
    }
  }
  return shared;
}

function wrongWords(options: readonly { text: string; correct: boolean }[]): Set<string> {
  const words = new Set<string>();
  for (const o of options) if (!o.correct) for (const w of contentWords(o.text)) words.add(w);
  return words;
}

/** Options are few (at most seven): comparing pairs beats building a set. */
function allDistinct<T>(items: readonly T[], keyOf: (item: T) => string): boolean {
  for (let i = 1; i < items.length; i++) {
    const key = keyOf(items[i] as T);
    for (let j = 0; j < i; j++) if (keyOf(items[j] as T) === key) return false;
  }
  return true;
}

// Made once: a regular expression literal is a new object each time it is evaluated.
const STARTS_WITH_CAPITAL = /^[“"‘']?[A-Z0-9]/;
const PLACEHOLDER = /[{}]/;
const STRAY_SPACE = /\s{2,}| [,.?]/;

const within = (n: number, [min, max]: [number, number]) => n >= min && n <= max;

/**
 * Everything that makes a question unfit to show, as readable problems (empty when fit).
 * `answerKeys` are name keys of the right answers, which the prompt must not contain;
 * `askedSearch` the part of the prompt options must not echo, when not all of it.
 */
export function qualityProblems(
  q: Question,
  answerKeys: readonly string[],
  promptSearch?: string,
  askedSearch?: string,
): string[] {
  const problems: string[] = [];
  if (!STARTS_WITH_CAPITAL.test(q.prompt)) problems.push('prompt does not start with a capital');
  if (!ENDS_A_SENTENCE.test(q.prompt)) problems.push('prompt does not end a sentence');
  let correct = 0;
  let placeholder = PLACEHOLDER.test(q.prompt);
  for (const o of q.options) {
    if (o.correct) correct++;
    if (!placeholder && PLACEHOLDER.test(o.text)) placeholder = true;
  }
  if (placeholder) problems.push('unfilled placeholder');
  if (STRAY_SPACE.test(q.prompt)) problems.push('stray spacing in prompt');
  const prompt = answerKeys.length > 0 ? (promptSearch ?? searchable(q.prompt)) : '';
  for (const key of answerKeys) {
    if (mentions(prompt, key)) problems.push(`prompt gives away the answer "${key}"`);
  }

  // True/False options are the words True and False: nothing to match against.
  if (q.type !== 'TRUE_FALSE') {
    for (const w of sharedGiveaways(q.prompt, q.options, askedSearch ?? promptSearch)) {
      problems.push(`prompt shares "${w}" with a right option only`);
    }
  }

  const rule = OPTION_RULES[q.type];
  if (!within(q.options.length, rule.options)) problems.push(`${q.options.length} options`);
  if (!within(correct, rule.correct)) problems.push(`${correct} correct options`);
  if (q.options.length > 0 && correct === q.options.length) problems.push('no wrong option');
  if (!allDistinct(q.options, (o) => nameKey(o.text))) problems.push('two options read the same');
  if (!allDistinct(q.options, (o) => o.id)) problems.push('option ids clash');
  if (q.type === 'FILL_IN' && q.acceptedAnswers.length === 0) problems.push('no accepted answer');

  if (q.evidence.length === 0) problems.push('no evidence');
  if (q.claimIds.length === 0) problems.push('no claims');
  return problems;
}
