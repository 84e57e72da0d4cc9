export {
  AUTH_BASE_PATH,
  type Auth,
  type AuthOptions,
  createAuth,
  MIN_PASSWORD_LENGTH,
} from './auth.ts';
export { type Viewer, viewerFrom } from './viewer.ts';
