export { createDatabase, type PostgresServer, startPostgres } from './postgres.ts';
