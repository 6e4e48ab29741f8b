import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

/**
 * Whether a password is too easy to guess, by zxcvbn's estimate (common passwords, words,
 * names, dates, repeats, sequences, keyboard walks; the account's own name and username count
 * as known words). Score 3 of 4 means "safely unguessable" for an online attack slowed as our
 * sign-in is (about 10^8 guesses); 2 and below are refused. The estimator and its dictionary
 * (~1 MB) load on first use, so a browser fetches them only on a page that sets a password.
 */
const MIN_PASSWORD_SCORE = 3;

let estimator: Promise<ZxcvbnFactory> | null = null;

function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(
    ([{ ZxcvbnFactory: Factory }, common]) => new Factory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs }),
  );
  return estimator;
}

export async function passwordIsWeak(password: string, knownWords: string[] = []): Promise<boolean> {
  const zxcvbn = await loadEstimator();
  return zxcvbn.check(password, knownWords.filter(Boolean)).score < MIN_PASSWORD_SCORE;
}
