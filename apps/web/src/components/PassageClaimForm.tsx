'use client';

import { type FormEvent, useState } from 'react';
import type { NewClaim } from '@/lib/accept.ts';
import type { SchemaType } from '@/lib/graphql.ts';
import { findPassage, type Range } from '@/lib/passages.ts';
import { type ActorRef, modalities, type Predicate } from '@/lib/review.ts';
import { ActorSelect } from './ActorSelect.tsx';
import { TextField } from './TextField.tsx';

/**
 * A claim with exactly the chosen passage as its evidence. The passage comes from selecting
 * text, or (by keyboard) from finding typed words; the predicate is picked by typing.
 */
export function PassageClaimForm({
  text,
  passage,
  quote,
  actors,
  predicates,
  busy,
  onPassage,
  onCreate,
  onProblem,
}: {
  text: string;
  passage: Range | null;
  quote: string;
  actors: ActorRef[];
  predicates: Predicate[];
  busy: boolean;
  onPassage: (range: Range, announce: string) => void;
  onCreate: (claim: Omit<NewClaim, 'evidence'>) => Promise<boolean>;
  onProblem: (message: string) => void;
}) {
  const [words, setWords] = useState('');
  const [predicateText, setPredicateText] = useState('');
  const [subject, setSubject] = useState('');
  const [object, setObject] = useState('');
  const [value, setValue] = useState('');
  const [statement, setStatement] = useState('');
  const [modality, setModality] = useState<SchemaType<'Modality'>>('FACT');
  const [background, setBackground] = useState(false);

  const typed = predicateText.trim().toLowerCase();
  const predicate = predicates.find(
    (p) => p.key.toLowerCase() === typed || p.label.toLowerCase() === typed,
  );
  const wantsActor = predicate?.object !== 'VALUE';
  const wantsValue = predicate?.object !== 'ACTOR';

  function find() {
    const found = findPassage(text, words, passage?.start ?? -1);
    if (!found) {
      onProblem(`“${words.trim()}” is not in the text. Check the words, or select the passage.`);
      return;
    }
    onPassage(
      found.range,
      found.count > 1
        ? `Passage chosen: occurrence ${found.index + 1} of ${found.count}. Find again for the next.`
        : 'Passage chosen.',
    );
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!passage) return onProblem('Choose the passage first: select it in the text, or find it.');
    if (!predicate)
      return onProblem(`“${predicateText.trim()}” is no predicate: pick one from the list.`);
    if (!subject) return onProblem('Choose the subject of the claim.');
    if (predicate.object === 'ACTOR' && !object)
      return onProblem(`“${predicate.label}” needs an object: choose one of the actors.`);
    if (predicate.object === 'VALUE' && !value.trim())
      return onProblem(
        `“${predicate.label}” needs a value: write what the subject ${predicate.label}.`,
      );
    const done = await onCreate({
      subject,
      predicate: predicate.key,
      object: wantsActor && object ? object : null,
      value: wantsValue && value.trim() ? value.trim() : null,
      statement: statement.trim() || null,
      modality,
      background,
    });
    if (done) {
      setStatement('');
      setValue('');
      setBackground(false);
    }
  }

  return (
    <form onSubmit={submit} className="card" aria-labelledby="passage-claim">
      <h3 id="passage-claim">Make a claim from a passage</h3>
      <p className="hint">
        Select a passage in the text above, or type words from it and find them. The claim's
        evidence is exactly that passage.
      </p>
      <div className="inline-form">
        <TextField
          id="find-words"
          label="Words from the text"
          value={words}
          maxLength={1000}
          onValue={setWords}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              find();
            }
          }}
        />
        <button type="button" className="secondary" onClick={find} disabled={!words.trim()}>
          Find in the text
        </button>
      </div>
      <p id="chosen-passage">
        {passage ? (
          <>
            Evidence: “{quote}”{' '}
            <span className="muted">
              (characters {passage.start}–{passage.end})
            </span>
          </>
        ) : (
          <span className="muted">No passage chosen yet.</span>
        )}
      </p>
      <div className="field">
        <label htmlFor="claim-predicate">Predicate</label>
        <input
          id="claim-predicate"
          type="text"
          list="predicate-list"
          autoComplete="off"
          value={predicateText}
          onChange={(e) => setPredicateText(e.target.value)}
          aria-describedby="claim-predicate-hint"
        />
        <datalist id="predicate-list">
          {predicates.map((p) => (
            <option key={p.key} value={p.key}>
              {p.label}
            </option>
          ))}
        </datalist>
        <span id="claim-predicate-hint" className="hint">
          {predicate
            ? (predicate.description ?? predicate.label)
            : 'Type to pick from the vocabulary, e.g. member_of, said, blocked.'}
        </span>
      </div>
      <div className="row">
        <ActorSelect
          id="claim-subject"
          label="Subject"
          actors={actors}
          value={subject}
          onChange={setSubject}
        />
        {wantsActor ? (
          <ActorSelect
            id="claim-object"
            label={
              <>
                Object{' '}
                {predicate?.object === 'ACTOR' ? null : <span className="hint">(optional)</span>}
              </>
            }
            actors={actors}
            value={object}
            onChange={setObject}
            none="None"
          />
        ) : null}
      </div>
      {wantsValue ? (
        <TextField
          id="claim-value"
          label={
            <>
              Value{' '}
              {predicate?.object === 'VALUE' ? null : (
                <span className="hint">(when the object is no actor)</span>
              )}
            </>
          }
          maxLength={1000}
          value={value}
          onValue={setValue}
        />
      ) : null}
      <div className="row">
        <TextField
          id="claim-statement"
          label={
            <>
              Statement <span className="hint">(optional: the predicate's wording otherwise)</span>
            </>
          }
          maxLength={1000}
          value={statement}
          onValue={setStatement}
        />
        <div className="field narrow">
          <label htmlFor="claim-modality">Kind of claim</label>
          <select
            id="claim-modality"
            value={modality}
            onChange={(e) => setModality(e.target.value as SchemaType<'Modality'>)}
          >
            {Object.entries(modalities).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label className="option">
        <input
          type="checkbox"
          checked={background}
          onChange={(e) => setBackground(e.target.checked)}
        />
        Background (common knowledge the text restates): never asked in quizzes
      </label>
      <button type="submit" disabled={busy}>
        Create the claim
      </button>
    </form>
  );
}
