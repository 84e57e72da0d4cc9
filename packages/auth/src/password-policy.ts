import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

/** zxcvbn's scale runs 0–4; 3 is "safely unguessable: moderate protection from offline attack". */
export const MIN_PASSWORD_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
// Built on first use: loading the dictionaries takes about 0.1 s, which only sign-up should pay.
const zxcvbn = () => {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return estimator;
};

/**
 * Why a password is refused, in words the person can act on; null when it is accepted. Common,
 * leaked-list, keyboard-pattern and repeated passwords score low, as do ones built from the
 * person's own name or email (`personal`).
 */
export function passwordProblem(password: string, personal: string[] = []): string | null {
  if (password.trim() === '')
    return 'The password is only spaces. Choose one with words or characters in it.';
  const { score, feedback } = zxcvbn().check(password, personal.filter(Boolean));
  if (score >= MIN_PASSWORD_SCORE) return null;
  const why = feedback.warning ? ` ${feedback.warning}` : '';
  return `This password is too easy to guess.${why} Use a longer passphrase of a few unrelated words, or one a password manager makes.`;
}
