/** Every problem found in the knowledge base files, reported together. */
export class KnowledgeBaseError extends Error {
  override name = 'KnowledgeBaseError';
  constructor(readonly problems: string[]) {
    super(
      `The knowledge base has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
  }
}
