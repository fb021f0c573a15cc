// Prisma's schema engine as WebAssembly: the CLI's native binary cannot be
// downloaded offline, the npm-shipped WASM build can run migrations anywhere.
// Node 20 cannot `import` the .wasm file through the package's ESM entry, so it
// is compiled and wired up by hand.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

const require = createRequire(import.meta.url);

let wasmReady: Promise<typeof import("@prisma/schema-engine-wasm/schema_engine_bg")> | undefined;

async function loadWasmBindings() {
  const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  // The package exports no ./package.json; locate the .wasm beside its JS entry.
  const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
  const compiled = await WebAssembly.compile(new Uint8Array(await readFile(wasmPath)));
  const instance = await WebAssembly.instantiate(compiled, { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const CHARACTER_COLUMN_TYPE = 6; // ColumnTypeEnum.Character in @prisma/driver-adapter-utils
const charColumnsOfRows = new WeakMap<object, number[]>();

/**
 * The engine introspects pg_catalog, whose internal one-byte "char" columns
 * (relkind, contype …) adapter-pg refuses as an unsupported type although the
 * engine itself reads them as Character. The pg client reports them as text and
 * remembers where they were; the adapter wrapper below restores the type.
 */
class CatalogFriendlyClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    // pg.Pool#query calls its client with a callback; direct callers use the promise.
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: Error | null, res: pg.QueryResult) => last(err, err ? res : markCharColumns(res));
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (super.query as (...a: any[]) => any)(...args);
    return result && typeof result.then === "function" ? result.then(markCharColumns) : result;
  }
}

function markCharColumns(res: pg.QueryResult): pg.QueryResult {
  const charColumns: number[] = [];
  (res.fields ?? []).forEach((field, index) => {
    if (field.dataTypeID !== PG_CHAR_OID) return;
    field.dataTypeID = PG_TEXT_OID;
    charColumns.push(index);
  });
  if (charColumns.length && res.rows) charColumnsOfRows.set(res.rows, charColumns);
  return res;
}

type QueryResultLike = { columnTypes: number[]; rows: unknown[] };

function engineFriendlyAdapter<T extends object>(queryable: T): T {
  return new Proxy(queryable, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== "function") return value;
      if (prop === "queryRaw") {
        return async (...args: unknown[]) => {
          const result = (await value.apply(target, args)) as QueryResultLike;
          for (const index of charColumnsOfRows.get(result.rows) ?? []) result.columnTypes[index] = CHARACTER_COLUMN_TYPE;
          return result;
        };
      }
      if (prop === "executeScript") {
        // adapter-pg splits scripts on every ";" (even inside comments and
        // strings); PostgreSQL's simple protocol runs a whole script as is,
        // as psql and Prisma's native engine do.
        return async (script: string) => {
          const driver = (target as unknown as { underlyingDriver(): pg.ClientBase }).underlyingDriver();
          try {
            await driver.query(script);
          } catch (error) {
            (target as unknown as { onError(e: unknown): never }).onError(error);
          }
        };
      }
      if (prop === "startTransaction" || prop === "connect" || prop === "connectToShadowDb") {
        return async (...args: unknown[]) => engineFriendlyAdapter((await value.apply(target, args)) as object);
      }
      return value.bind(target);
    },
  });
}

export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");

/** Runs `fn` with a schema engine connected to `databaseUrl`, then frees it and closes its connections. */
export async function withSchemaEngine<T>(databaseUrl: string, fn: (engine: SchemaEngine) => Promise<T>, log: (line: string) => void = () => {}): Promise<T> {
  wasmReady ??= loadWasmBindings();
  const bg = await wasmReady;
  const schemaText = await readFile(SCHEMA_PATH, "utf8");
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2, Client: CatalogFriendlyClient });
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(engineFriendlyAdapter(new PrismaPg(pool)));
  try {
    const engine = (await bg.SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schemaText]] }, log, adapterFactory)) as SchemaEngine;
    try {
      return await fn(engine);
    } finally {
      engine.free();
    }
  } finally {
    await pool.end();
  }
}
