'use client';

import { type FormEvent, type ReactNode, useState } from 'react';
import { request } from '@/lib/client.ts';
import { plural } from '@/lib/format.ts';
import { graphql, type ResultOf, type SchemaType } from '@/lib/graphql.ts';
import { describe } from '@/lib/problems.ts';
import { type Choice, GeneratedFilters } from './GeneratedFilters.tsx';
import { GeneratedFields, GeneratedItem } from './GeneratedItem.tsx';

const Generate = graphql(
  `
  query GenerateForSet($input: GenerateQuestionsInput) {
    generateQuestions(input: $input) { ...GeneratedFields }
  }
`,
  [GeneratedFields],
);

type Generated = NonNullable<ResultOf<typeof Generate>['generateQuestions']>[number];

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
      <GeneratedFilters actors={actors} sources={sources} busy={busy} onSearch={search} />
      <div role="alert">{error ? <p className="problem">{error}</p> : null}</div>
      {questions ? (
        <>
          <p className="muted">{plural(questions.length, 'question')}. Tick the ones to add.</p>
          <ul className="plain">
            {questions.map((q) => (
              <GeneratedItem
                key={q.id}
                question={q}
                picked={picked.includes(q.id)}
                onPick={(on) => setPicked((p) => (on ? [...p, q.id] : p.filter((x) => x !== q.id)))}
              />
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
