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
export {
  type CreateCollectionInput,
  createCollection,
  deleteCollection,
  type UpdateCollectionInput,
  updateCollection,
} from './collection.ts';
export { addCurator, removeCurator } from './curators.ts';
export { createDispute, type DisputeInput, deleteDispute } from './disputes.ts';
export {
  type DraftDecisionInput,
  draftDecisions,
  saveDraftDecision,
} from './draft-decisions.ts';
export { importKnowledge } from './import-knowledge.ts';
export { revertChange } from './revert.ts';
export { slugify } from './slug.ts';
