export { MAX_EMAIL_LENGTH, MAX_NAME_LENGTH } from './account-input.ts';
export {
  AUTH_BASE_PATH,
  type Auth,
  type AuthOptions,
  createAuth,
  MIN_PASSWORD_LENGTH,
} from './auth.ts';
export { MIN_PASSWORD_SCORE, passwordProblem } from './password-policy.ts';
export { type Viewer, viewerFrom } from './viewer.ts';
