import type { FormEvent } from 'react';
import { plural } from '@/lib/format.ts';
import { rulesList, type SharedRules, sharedText, whenText } from '@/lib/rules.ts';
import { IdentityFields } from './IdentityFields.tsx';

/**
 * A shared set before the attempt: what it is, its rules, what the teacher will see, and what it
 * asks of the learner; or why it cannot be taken now.
 */
export function AttemptIntro({
  title,
  description,
  questionCount,
  rules,
  error,
  onStart,
}: {
  title: string;
  description: string;
  questionCount: number;
  rules: SharedRules;
  /** Why the last start was refused. */
  error: string;
  onStart(event: FormEvent<HTMLFormElement>): void;
}) {
  const shut =
    rules.state === 'NOT_YET_OPEN' && rules.opensAt
      ? `This set opens on ${whenText(rules.opensAt)}. Come back then.`
      : rules.state === 'CLOSED' && rules.closesAt
        ? `This set closed on ${whenText(rules.closesAt)}.`
        : null;
  return (
    <section>
      <h1>{title}</h1>
      {description ? <p className="lede">{description}</p> : null}
      {shut ? (
        <p className="problem" role="status">
          {shut}
        </p>
      ) : (
        <>
          <p>
            {plural(questionCount, 'question')}. Your answers are kept in this browser: you can
            close the page and come back.
          </p>
          <ul className="rules">
            {rulesList(rules).map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
          <form onSubmit={onStart}>
            <IdentityFields identity={rules.identity} />
            <p className="hint" id="shared-with-teacher">
              <strong>Shared with your teacher:</strong> {sharedText[rules.identity]}
            </p>
            <div role="alert">{error ? <p className="problem">{error}</p> : null}</div>
            <button type="submit">Start</button>
          </form>
        </>
      )}
    </section>
  );
}
