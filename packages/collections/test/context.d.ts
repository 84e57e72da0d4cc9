import type {} from '@attest/testing/postgres-setup';
