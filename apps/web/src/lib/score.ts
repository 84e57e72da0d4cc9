/** The quiz engine's credit for picked options (packages/quiz check-answer): partial for select-many. */
export function pickedScore(selectMany: boolean, correctIds: string[], picked: string[]): number {
  const right = new Set(correctIds);
  const chosen = new Set(picked);
  if (!selectMany) {
    const [only] = chosen;
    return chosen.size === 1 && only !== undefined && right.has(only) ? 1 : 0;
  }
  let hits = 0;
  let misses = 0;
  for (const id of chosen) {
    if (right.has(id)) hits++;
    else misses++;
  }
  return right.size === 0 ? 0 : Math.max(0, (hits - misses) / right.size);
}
