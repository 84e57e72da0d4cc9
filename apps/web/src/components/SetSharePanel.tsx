'use client';

import { useEffect, useState } from 'react';
import { PublishSet, UnpublishSet } from '@/lib/set-edits.ts';
import type { ExportNotes, QuestionSet } from '@/lib/sets.ts';
import { Downloads } from './Downloads.tsx';
import { quiet, type SetEdit } from './useSetEdit.tsx';

/** Publishing the set, its link for learners, and its downloads. */
export function SetSharePanel({
  set,
  exportNotes,
  edit: { run, tell, say },
}: {
  set: QuestionSet;
  exportNotes: ExportNotes;
  edit: SetEdit;
}) {
  // The link's host is the one the instructor is on, known only in the browser.
  const [origin, setOrigin] = useState('');
  useEffect(() => setOrigin(window.location.origin), []);
  const shareUrl = set.shareSlug ? `${origin}/s/${set.shareSlug}` : '';

  return (
    <section className="card" aria-labelledby="publish">
      <h2 id="publish">Share</h2>
      {set.published && shareUrl ? (
        <>
          <div className="field">
            <label htmlFor="share">Link for learners</label>
            <input id="share" type="url" readOnly value={shareUrl} />
          </div>
          <p className="actions">
            <button
              type="button"
              onClick={async () => {
                try {
                  await navigator.clipboard.writeText(shareUrl);
                  tell('share', 'Link copied.');
                } catch {
                  tell('share', 'Select the link above and copy it.');
                }
              }}
            >
              Copy the link
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() =>
                quiet(
                  run(
                    'share',
                    UnpublishSet,
                    { id: set.id },
                    'Unpublished: the link no longer works.',
                  ),
                )
              }
            >
              Unpublish
            </button>
          </p>
        </>
      ) : (
        <>
          <p>Publish the set to get a link learners can open without an account.</p>
          <button
            type="button"
            disabled={set.questions.length === 0}
            onClick={() =>
              quiet(
                run('share', PublishSet, { id: set.id }, 'Published. Copy the link to share it.'),
              )
            }
          >
            Publish
          </button>
        </>
      )}
      {say('share')}
      <Downloads setId={set.id} notes={exportNotes} headingLevel={3} />
    </section>
  );
}
