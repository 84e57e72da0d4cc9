'use client';

import { useState } from 'react';
import { request } from '@/lib/client.ts';
import { graphql } from '@/lib/graphql.ts';
import type { Decision } from '@/lib/review.ts';

/**
 * The curator's decisions on this source's drafts (dismissed, edited, accepted suggestions),
 * stored as they are made so a reload shows the review as it was left. Each write is kept here
 * only once the API has it, so what is shown is what was stored.
 */
const SaveDecision = graphql(`
  mutation SaveDecision($c: ID!, $s: ID!, $key: String!, $dismissed: Boolean!, $edits: String) {
    saveDraftDecision(
      collection: $c, source: $s, key: $key, dismissed: $dismissed, edits: $edits
    ) { key }
  }
`);

export function useDecisions({
  collectionId,
  sourceId,
  initial,
}: {
  collectionId: string;
  sourceId: string;
  initial: Record<string, Decision>;
}) {
  const [decisions, setDecisions] = useState<Record<string, Decision>>(initial);

  async function save(key: string, decision: Decision) {
    await request(SaveDecision, {
      c: collectionId,
      s: sourceId,
      key,
      dismissed: decision.dismissed,
      edits: decision.edits ? JSON.stringify(decision.edits) : null,
    });
    setDecisions((all) => ({ ...all, [key]: decision }));
  }

  const dismissed = (key: string) => decisions[key]?.dismissed === true;
  const edits = <T>(key: string): T | null => (decisions[key]?.edits as T | null) ?? null;

  return { decisions, save, dismissed, edits };
}
