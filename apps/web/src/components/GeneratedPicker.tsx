'use client';

import { type FormEvent, type ReactNode, useState } from 'react';
import { request } from '@/lib/client.ts';
import { plural } from '@/lib/format.ts';
import { graphql, type ResultOf, type SchemaType } from '@/lib/graphql.ts';
import { describe } from '@/lib/problems.ts';
import { EvidenceFields, typeLabels } from '@/lib/quiz.ts';
import { EvidenceList } from './EvidenceList.tsx';

const Generate = graphql(
  `
  query GenerateForSet($input: GenerateQuestionsInput) {
    generateQuestions(input: $input) {
      id @_required type @_required prompt @_required answer @_required
      options @_required { id @_required text @_required correct @_required }
      difficulty { level @_required }
      evidence @_required { ...EvidenceFields }
    }
  }
`,
  [EvidenceFields],
);

type Generated = NonNullable<ResultOf<typeof Generate>['generateQuestions']>[number];

/** An actor or source to filter by. */
export interface Choice {
  id: string;
  name?: string | null;
  title?: string | null;
}

/** Generated questions, filtered by actor, source and type, previewed with their evidence. */
export function GeneratedPicker({
  actors,
  sources,
  collection,
  chooser,
  onAdd,
  feedback,
}: {
  actors: Choice[];
  sources: Choice[];
  /** Where the questions come from (the actors and sources are its own); the corpus when null. */
  collection: { id: string; name: string } | null;
  /** The form that changes `collection`. */
  chooser: ReactNode;
  /** Rejects when nothing was added; the editor then shows why, in `feedback`. */
  onAdd(ids: string[]): Promise<void>;
  /** The editor's messages about adding, shown beside the button. */
  feedback: ReactNode;
}) {
  const [questions, setQuestions] = useState<Generated[] | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (k: string) => String(form.get(k) ?? '');
    setBusy(true);
    setError('');
    try {
      // No seed: the API finds these questions again by ID with the same options.
      const type = value('type') as SchemaType<'QuestionType'> | '';
      const data = await request(Generate, {
        input: {
          count: 20,
          ...(collection ? { collection: collection.id } : {}),
          ...(value('actor') ? { actors: [value('actor')] } : {}),
          ...(value('source') ? { sources: [value('source')] } : {}),
          // One of the type select's options: the schema's question types.
          ...(type ? { types: [type] } : {}),
        },
      });
      setQuestions(data.generateQuestions ?? []);
      setPicked([]);
    } catch (e) {
      setError(describe(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="generated">
      <h2 id="generated">Add questions made from the sources</h2>
      {chooser}
      <p className="muted">
        From {collection ? `the collection “${collection.name}”` : 'the curated corpus'}.
      </p>
      <form onSubmit={search} className="row">
        <div className="field">
          <label htmlFor="pick-actor">About</label>
          <select id="pick-actor" name="actor" defaultValue="">
            <option value="">Anyone</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="pick-source">From</label>
          <select id="pick-source" name="source" defaultValue="">
            <option value="">Any source</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="pick-type">Kind</label>
          <select id="pick-type" name="type" defaultValue="">
            <option value="">Any kind</option>
            {Object.entries(typeLabels).map(([t, label]) => (
              <option key={t} value={t}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <button type="submit" className="secondary" disabled={busy}>
            {busy ? 'Finding…' : 'Show questions'}
          </button>
        </div>
      </form>
      <div role="alert">{error ? <p className="problem">{error}</p> : null}</div>
      {questions ? (
        <>
          <p className="muted">{plural(questions.length, 'question')}. Tick the ones to add.</p>
          <ul className="plain">
            {questions.map((q) => (
              <li key={q.id}>
                <label className="option">
                  <input
                    type="checkbox"
                    checked={picked.includes(q.id)}
                    onChange={(e) =>
                      setPicked((p) =>
                        e.target.checked ? [...p, q.id] : p.filter((x) => x !== q.id),
                      )
                    }
                  />
                  <span>
                    {q.prompt} <span className="badge">{typeLabels[q.type] ?? q.type}</span>{' '}
                    {q.difficulty ? (
                      <span className="badge">{q.difficulty.level.toLowerCase()}</span>
                    ) : null}
                  </span>
                </label>
                <details>
                  <summary>Preview: answer and evidence</summary>
                  <p>
                    Answer: <strong>{q.answer}</strong>
                  </p>
                  {q.options.length ? (
                    <p className="hint">Options: {q.options.map((o) => o.text).join(' · ')}</p>
                  ) : null}
                  <EvidenceList evidence={q.evidence} />
                </details>
              </li>
            ))}
          </ul>
          <p className="actions">
            <button
              type="button"
              disabled={picked.length === 0 || busy}
              onClick={async () => {
                setBusy(true);
                setError('');
                try {
                  await onAdd(picked);
                  setPicked([]);
                } catch {
                  // The editor shows why, beside this button.
                } finally {
                  setBusy(false);
                }
              }}
            >
              Add {picked.length} selected
            </button>
          </p>
        </>
      ) : null}
      {feedback}
    </section>
  );
}
