/**
 * Natural questions that never repeat: the i-th question mixes a template, two actor names and
 * a predicate's label by counting in mixed radix, so the first templates × names² × labels
 * questions are all different (millions at the corpus's size).
 */
export function questionMaker(names: string[], labels: string[]): (i: number) => string {
  if (names.length < 2 || labels.length === 0)
    throw new Error('Cold search needs at least two actor names and one predicate label.');
  const templates = [
    (a: string, _b: string, p: string) => `Who ${p} ${a}?`,
    (a: string, b: string) => `What did ${a} say about ${b}?`,
    (a: string, b: string, p: string) => `Did ${a} ${p} ${b}?`,
    (a: string, b: string) => `Why does ${a} oppose ${b}?`,
    (a: string, b: string, p: string) => `When did ${b} ${p} ${a}?`,
    (a: string) => `What is ${a} planning?`,
  ];
  return (i) => {
    let n = i;
    const pick = <T>(list: T[]): T => {
      const item = list[n % list.length] as T;
      n = Math.floor(n / list.length);
      return item;
    };
    const template = pick(templates);
    const a = pick(names);
    const b = pick(names.filter((name) => name !== a));
    const p = pick(labels).toLowerCase();
    // Past every combination, a counter keeps questions apart (never reached in a run).
    return template(a, b, p) + (n > 0 ? ` (${n})` : '');
  };
}
