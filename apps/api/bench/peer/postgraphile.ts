import type { Server } from 'node:http';
import { PgSimplifyInflectionPreset } from '@graphile/simplify-inflection';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

/**
 * PostGraphile v5, the performance peer, over the same PostgreSQL database as Attest: the
 * Amber preset with simplified inflection (`rowId`, connections with `nodes`, relations by
 * foreign key), GraphQL at /graphql, no GraphiQL. Adds its request handler to `server`.
 * On Node 20, load ./polyfill.mjs first (`node --import`).
 */
export async function addPostGraphile(server: Server, connectionString: string): Promise<void> {
  const pgl = postgraphile({
    extends: [PostGraphileAmberPreset, PgSimplifyInflectionPreset],
    pgServices: [makePgService({ connectionString, schemas: ['public'] })],
    grafserv: { graphqlPath: '/graphql', graphiql: false },
  });
  await pgl.createServ(grafserv).addTo(server);
}
