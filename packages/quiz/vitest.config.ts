export { pureConfig as default } from '@attest/vitest-config';
