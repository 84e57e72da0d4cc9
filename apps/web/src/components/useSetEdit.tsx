'use client';

import { useRouter } from 'next/navigation';
import { type ReactNode, useState } from 'react';
import { request } from '@/lib/client.ts';
import type { TadaDocumentNode } from '@/lib/graphql.ts';
import { describe } from '@/lib/problems.ts';
import type { VariablesArg } from '@/lib/request.ts';

/** Where a message belongs: the part of the page whose action it answers. */
export type EditArea = 'share' | 'list' | 'generated' | 'write' | 'settings' | `question:${string}`;

interface Feedback {
  area: EditArea;
  message?: string;
  error?: string;
}

/**
 * The set editor's changes and their messages. One message at a time, shown next to what caused
 * it (not at the top of a long page).
 */
export function useSetEdit() {
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback>();

  /** Sends a change; says `done` beside `area` and refreshes the page, or says why it failed. */
  async function run<Result, Variables>(
    area: EditArea,
    document: TadaDocumentNode<Result, Variables>,
    variables: Variables,
    done: string,
  ) {
    setFeedback(undefined);
    try {
      await request(document, ...([variables] as VariablesArg<Variables>));
      setFeedback({ area, message: done });
      router.refresh();
    } catch (e) {
      setFeedback({ area, error: describe(e) });
      throw e;
    }
  }

  /** Shows a message that needs no request (copying the link). */
  const tell = (area: EditArea, message: string) => setFeedback({ area, message });

  const say = (area: EditArea): ReactNode => <EditMessages feedback={feedback} area={area} />;

  return { run, tell, say };
}

/** What `useSetEdit` gives the editor's parts. */
export type SetEdit = ReturnType<typeof useSetEdit>;

/** For a change whose failure is already shown beside it: nothing more to do with the error. */
export const quiet = (p: Promise<void>) => p.catch(() => undefined);

/**
 * The live regions are always in the page, so screen readers announce what appears in them;
 * each area shows only its own message.
 */
function EditMessages({ feedback, area }: { feedback: Feedback | undefined; area: EditArea }) {
  return (
    <>
      <div role="status" aria-live="polite">
        {feedback?.area === area && feedback.message ? (
          <p className="notice">{feedback.message}</p>
        ) : null}
      </div>
      <div role="alert">
        {feedback?.area === area && feedback.error ? (
          <p className="problem">{feedback.error}</p>
        ) : null}
      </div>
    </>
  );
}
