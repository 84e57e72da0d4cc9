'use client';

import type { FormEvent } from 'react';
import { UpdateSet } from '@/lib/set-edits.ts';
import type { QuestionSet } from '@/lib/sets.ts';
import { RulesFields, rulesFromForm } from './RulesFields.tsx';
import { TextField } from './TextField.tsx';
import { quiet, type SetEdit } from './useSetEdit.tsx';

/** The set's title, description, shuffling, draw and rules, saved together. */
export function SetSettingsForm({ set, edit: { run, say } }: { set: QuestionSet; edit: SetEdit }) {
  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const draw = String(form.get('drawCount') ?? '').trim();
    await quiet(
      run(
        'settings',
        UpdateSet,
        {
          id: set.id,
          title: String(form.get('title') ?? ''),
          description: String(form.get('description') ?? ''),
          settings: {
            shuffleQuestions: form.get('shuffleQuestions') === 'on',
            shuffleOptions: form.get('shuffleOptions') === 'on',
            drawCount: draw ? Number(draw) : null,
            ...rulesFromForm(form, set.settings.roster.length > 0),
          },
        },
        'Settings saved.',
      ),
    );
  }

  return (
    <form onSubmit={save} className="card">
      <h2>Details and settings</h2>
      <TextField id="set-title" label="Title" name="title" defaultValue={set.title} required />
      <div className="field">
        <label htmlFor="set-description">Description</label>
        <textarea id="set-description" name="description" defaultValue={set.description} />
      </div>
      <label className="option">
        <input
          type="checkbox"
          name="shuffleQuestions"
          defaultChecked={set.settings.shuffleQuestions}
        />
        Shuffle the questions for each learner
      </label>
      <label className="option">
        <input type="checkbox" name="shuffleOptions" defaultChecked={set.settings.shuffleOptions} />
        Shuffle the options
      </label>
      <div className="field">
        <label htmlFor="draw">
          Questions per attempt <span className="hint">(empty: all of them)</span>
        </label>
        <input
          id="draw"
          name="drawCount"
          type="number"
          min={1}
          defaultValue={set.settings.drawCount ?? ''}
        />
      </div>
      <RulesFields settings={set.settings} />
      <button type="submit">Save settings</button>
      {say('settings')}
    </form>
  );
}
