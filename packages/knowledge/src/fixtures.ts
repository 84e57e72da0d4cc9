import { fileURLToPath } from 'node:url';

/** A tiny hand-made knowledge base (two sources, six actors, four claims) for tests. */
export const miniKnowledgeBaseDir = fileURLToPath(new URL('../fixtures/mini/', import.meta.url));
