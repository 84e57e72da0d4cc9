import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PgSimplifyInflectionPreset } from '@graphile/simplify-inflection';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

/**
 * PostGraphile v5, the performance peer, over the same PostgreSQL database as Attest: the
 * Amber preset with simplified inflection, no GraphiQL, on a free loopback port.
 */
export async function startPostGraphile(
  connectionString: string,
): Promise<{ url: string; server: Server }> {
  const preset = {
    extends: [PostGraphileAmberPreset, PgSimplifyInflectionPreset],
    pgServices: [makePgService({ connectionString, schemas: ['public'] })],
    grafserv: { graphqlPath: '/graphql', graphiql: false },
  };
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  serv.addTo(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}
