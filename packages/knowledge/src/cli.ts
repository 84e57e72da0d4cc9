import { KnowledgeBaseError, loadKnowledgeBase } from './index.ts';

// `pnpm --filter @attest/knowledge check [dir]`: verifies the curated files and prints counts.
try {
  const kb = loadKnowledgeBase(process.argv[2]);
  const evidence = kb.claims.reduce((n, c) => n + c.evidence.length, 0);
  console.log(
    `ok: ${kb.sources.length} sources, ${kb.actors.length} actors, ${kb.predicates.length} predicates, ` +
      `${kb.claims.length} claims, ${evidence} evidence quotes, ${kb.relations.length} relations, ${kb.disputes.length} disputes`,
  );
} catch (error) {
  console.error(error instanceof KnowledgeBaseError ? error.message : error);
  process.exit(1);
}
