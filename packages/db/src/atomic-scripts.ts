import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';

type Adapter = SqlDriverAdapter & { onError(error: unknown): never };

/**
 * The schema engine runs each migration through the adapter's `executeScript`. Neither adapter
 * makes that atomic: pglite-prisma-adapter 0.7 does not even await the script (a failing
 * migration is reported as applied), and @prisma/adapter-pg splits it on ";" and runs the parts
 * on a pool. Sent whole over the simple query protocol, PostgreSQL runs a script as one implicit
 * transaction, so a failing migration leaves nothing behind. `run` sends it whole.
 */
export function withAtomicScripts(
  inner: SqlMigrationAwareDriverAdapterFactory,
  run: (adapter: SqlDriverAdapter, script: string) => Promise<unknown>,
): SqlMigrationAwareDriverAdapterFactory {
  const patch = (connected: SqlDriverAdapter) => {
    const adapter = connected as Adapter;
    adapter.executeScript = async (script: string) => {
      try {
        await run(adapter, script);
      } catch (error) {
        adapter.onError(error);
      }
    };
    return adapter;
  };
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: () => inner.connect().then(patch),
    connectToShadowDb: () => inner.connectToShadowDb().then(patch),
  };
}
