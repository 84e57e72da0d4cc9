export { apiServerConfig as default } from '@attest/vitest-config';
