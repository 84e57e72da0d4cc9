export { type IdentityInput, identifyLearner, type LearnerIdentityValue } from './identity.ts';
export { newJoinCode, parseRoster, type RosterEntry, readRoster } from './roster.ts';
export { when } from './when.ts';
export { checkOpen, deadlineFor, type SetWindow, windowState } from './window.ts';
