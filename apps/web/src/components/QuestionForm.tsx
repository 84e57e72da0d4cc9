'use client';

import { type FormEvent, useState } from 'react';
import type { SchemaType } from '@/lib/graphql.ts';
import { typeLabels } from '@/lib/quiz.ts';
import type { SetQuestion } from '@/lib/sets.ts';

/** A written question as the API takes it (the schema's SetQuestionInput). */
export type SetQuestionInput = SchemaType<'SetQuestionInput'>;

const types = ['SINGLE_CHOICE', 'MULTI_SELECT', 'TRUE_FALSE', 'FILL_IN'];

/** Write or edit a question: prompt, options with the right ones ticked, or accepted answers. */
export function QuestionForm({
  initial,
  idPrefix,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial?: SetQuestion;
  idPrefix: string;
  submitLabel: string;
  onSubmit(input: SetQuestionInput): Promise<void>;
  onCancel?(): void;
}) {
  const [type, setType] = useState<SetQuestionInput['type']>(initial?.type ?? 'SINGLE_CHOICE');
  const [busy, setBusy] = useState(false);
  const start = initial?.options ?? [];
  const rows = Math.max(type === 'TRUE_FALSE' ? 2 : 4, start.length);
  const id = (s: string) => `${idPrefix}-${s}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const options = Array.from({ length: rows }, (_, i) => ({
      text: String(form.get(`option-${i}`) ?? '').trim(),
      correct: form.get(`correct-${i}`) === 'on',
    })).filter((o) => o.text);
    setBusy(true);
    try {
      await onSubmit({
        type,
        prompt: String(form.get('prompt') ?? '').trim(),
        explanation: String(form.get('explanation') ?? '').trim(),
        ...(type === 'FILL_IN'
          ? {
              acceptedAnswers: String(form.get('accepted') ?? '')
                .split('\n')
                .map((a) => a.trim())
                .filter(Boolean),
            }
          : { options }),
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="card">
      <div className="field">
        <label htmlFor={id('type')}>Kind of question</label>
        <select
          id={id('type')}
          value={type}
          onChange={(e) => setType(e.target.value as SetQuestionInput['type'])}
        >
          {types.map((t) => (
            <option key={t} value={t}>
              {typeLabels[t]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={id('prompt')}>Question</label>
        <textarea id={id('prompt')} name="prompt" required defaultValue={initial?.prompt} />
      </div>
      {type === 'FILL_IN' ? (
        <div className="field">
          <label htmlFor={id('accepted')}>
            Accepted answers <span className="hint">(one a line)</span>
          </label>
          <textarea
            id={id('accepted')}
            name="accepted"
            required
            defaultValue={initial?.acceptedAnswers.join('\n')}
          />
        </div>
      ) : (
        <fieldset>
          <legend>Options (tick the right ones)</legend>
          {Array.from({ length: rows }, (_, i) => (
            <div className="row" key={i}>
              <div className="field">
                <label htmlFor={id(`option-${i}`)}>Option {i + 1}</label>
                <input
                  id={id(`option-${i}`)}
                  name={`option-${i}`}
                  type="text"
                  defaultValue={start[i]?.text}
                />
              </div>
              <label className="option" style={{ flex: '0 0 auto' }}>
                <input name={`correct-${i}`} type="checkbox" defaultChecked={start[i]?.correct} />
                Right answer<span className="visually-hidden"> (option {i + 1})</span>
              </label>
            </div>
          ))}
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={id('explanation')}>
          Explanation <span className="hint">(shown with the answer)</span>
        </label>
        <textarea id={id('explanation')} name="explanation" defaultValue={initial?.explanation} />
      </div>
      <p className="actions">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </p>
    </form>
  );
}
