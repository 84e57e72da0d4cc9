export {
  type ActorInput,
  type ActorUpdate,
  createActor,
  deleteActor,
  mergeActors,
  updateActor,
} from './actors.ts';
export { type AddSourceInput, addSource, MAX_SOURCE_CHARACTERS } from './add-source.ts';
export { articleFromHtml } from './article-text.ts';
export {
  addEvidence,
  type ClaimInput,
  createClaim,
  deleteClaim,
  updateClaim,
} from './claims.ts';
export { createDispute, type DisputeInput, deleteDispute } from './disputes.ts';
export {
  type DraftDecisionInput,
  draftDecisions,
  saveDraftDecision,
} from './draft-decisions.ts';
export { importKnowledge } from './import-knowledge.ts';
export {
  addCurator,
  type CreateCollectionInput,
  createCollection,
  deleteCollection,
  removeCurator,
  type UpdateCollectionInput,
  updateCollection,
} from './manage.ts';
export { revertChange } from './revert.ts';
export { slugify } from './slug.ts';
