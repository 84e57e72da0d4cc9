import { fileURLToPath } from 'node:url';

const prismaDir = new URL('../../../prisma/', import.meta.url);

export const schemaPath = fileURLToPath(new URL('schema.prisma', prismaDir));
export const migrationsDir = fileURLToPath(new URL('migrations/', prismaDir));
