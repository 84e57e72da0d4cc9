/**
 * Where this browser keeps its attempt at a shared set: the attempt's token, in storage and in
 * the address, so a reload or a closed tab resumes where the learner was.
 */
const storageKey = (slug: string) => `attest:attempt:${slug}`;

/** The token of the attempt at this set: the address's first, then the one in storage. */
export function keptToken(slug: string): string | null {
  const inAddress = new URL(window.location.href).searchParams.get('t');
  if (inAddress !== null) return inAddress;
  try {
    return localStorage.getItem(storageKey(slug));
  } catch {
    return null;
  }
}

export function keepToken(slug: string, token: string): void {
  try {
    localStorage.setItem(storageKey(slug), token);
  } catch {
    // No storage: the token in the address still allows a resume.
  }
  const url = new URL(window.location.href);
  url.searchParams.set('t', token);
  window.history.replaceState(null, '', url);
}
