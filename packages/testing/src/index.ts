export { freePort } from './free-port.ts';
export { createDatabase, type PostgresServer, startPostgres } from './postgres.ts';
