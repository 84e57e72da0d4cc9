import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';

export type SchemaEngine = Awaited<ReturnType<typeof bindings.SchemaEngine.new>>;

// Node has WebAssembly; its types live in TypeScript's DOM library, which server code leaves out.
declare const WebAssembly: {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, unknown>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
};

let ready: Promise<void> | undefined;

/**
 * Prisma's CLI downloads a native schema engine, which fails offline. The same engine ships on
 * npm as WebAssembly; its entry module imports the .wasm directly, which Node cannot, so we
 * instantiate it ourselves and hand it to the generated bindings.
 */
function loadWasm(): Promise<void> {
  ready ??= (async () => {
    const require = createRequire(import.meta.url);
    // The .wasm is not an export of the package; it sits beside the bindings module.
    const bindingsPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmPath = bindingsPath.replace(/\.js$/, '.wasm');
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      './schema_engine_bg.js': bindings,
    });
    bindings.__wbg_set_wasm(instance.exports as never);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  })();
  return ready;
}

/**
 * Runs `work` with a schema engine that talks to the database behind `adapter`, then frees the
 * engine and closes the connections it opened: they hold Prisma's migration advisory lock, and
 * the next engine would wait 10 s for it.
 */
export async function withSchemaEngine<T>(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  schema: { path: string; content: string },
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const opened: SqlDriverAdapter[] = [];
  const track = (connected: SqlDriverAdapter) => {
    opened.push(connected);
    return connected;
  };
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    connect: () => adapter.connect().then(track),
    connectToShadowDb: () => adapter.connectToShadowDb().then(track),
  };
  const engine = await bindings.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(tracking),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((connected) => connected.dispose()));
  }
}
