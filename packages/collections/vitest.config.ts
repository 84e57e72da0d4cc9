export { databaseConfig as default } from '@attest/vitest-config';
