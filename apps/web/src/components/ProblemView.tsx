import type { Problem } from '@/lib/problems.ts';

const titles: Record<Problem['kind'], string> = {
  unreachable: "Can't reach the Attest API",
  'not-found': 'Not found',
  unauthenticated: 'Please sign in',
  forbidden: 'Not allowed',
  'bad-input': 'That request did not work',
  'invalid-set': 'This set is not ready',
  finished: 'Already finished',
  'time-up': 'Time is up',
  closed: 'Not open',
  limit: 'No attempts left',
  conflict: 'Already there',
  busy: 'Busy for a moment',
  unknown: 'Something went wrong',
};

/** A full-page explanation of a failed request, with a way forward. */
export function ProblemView({ problem, retryHref }: { problem: Problem; retryHref?: string }) {
  return (
    <section className="problem" role="alert">
      <h1>{titles[problem.kind]}</h1>
      <p>{problem.message}</p>
      <p className="actions">
        {problem.kind === 'unauthenticated' ? <a href="/sign-in">Sign in</a> : null}
        {retryHref ? <a href={retryHref}>Try again</a> : null}
        <a href="/">Home</a>
      </p>
    </section>
  );
}
