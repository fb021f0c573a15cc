// One dedicated connection per process that LISTENs on the channel the
// plan_publications trigger NOTIFYs (migration 20261203233445_one_number),
// so every server hears of a publish, a change of what is shown and an
// unpublish when its transaction commits. LISTEN needs a session of its own:
// a direct connection (DATABASE_DIRECT_URL), never PgBouncer in transaction
// mode (decisions 0038, 0041).
//
// It never takes the process down: every error ends in `onLive(false)` and a
// reconnect with backoff. A ping every PING_MS notices a connection that died
// silently (no FIN from a vanished peer), so the cache stops trusting it.
import pg from "pg";

export const PUBLICATIONS_CHANNEL = "plan_publications";

const PING_MS = 15_000;
const QUERY_TIMEOUT_MS = 5_000;

export interface ListenerOptions {
  url: string;
  /** A publication of this bureau (its tenant id) changed. */
  onChange(tenantId: string): void;
  /** true once LISTEN is in place; false when the connection is lost (the cache must not be trusted then). */
  onLive(live: boolean): void;
  log?: (line: string) => void;
  minDelayMs?: number;
  maxDelayMs?: number;
}

export interface PublicationListener {
  stop(): Promise<void>;
}

export function listenForPublications(options: ListenerOptions): PublicationListener {
  const minDelay = options.minDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 30_000;
  const log = options.log ?? ((line: string) => console.warn(line));
  let delay = minDelay;
  let stopped = false;
  let current: pg.Client | null = null;
  let retry: NodeJS.Timeout | undefined;
  let ping: NodeJS.Timeout | undefined;

  const lost = (client: pg.Client, reason?: unknown) => {
    if (current !== client) return;
    current = null;
    clearInterval(ping);
    options.onLive(false);
    client.end().catch(() => {});
    if (stopped) return;
    if (reason) log(`公开页缓存：数据库通知连接中断（${reason instanceof Error ? reason.message : String(reason)}），${delay} 毫秒后重连`);
    retry = setTimeout(connect, delay);
    retry.unref();
    delay = Math.min(delay * 2, maxDelay);
  };

  async function connect(): Promise<void> {
    if (stopped) return;
    const client = new pg.Client({ connectionString: options.url, application_name: "eduplan-public-cache", keepAlive: true, query_timeout: QUERY_TIMEOUT_MS });
    current = client;
    // An 'error' without a listener would crash the process; this one stays for the client's life.
    client.on("error", (err) => lost(client, err));
    client.on("end", () => lost(client, "connection ended"));
    client.on("notification", (msg) => {
      if (msg.channel === PUBLICATIONS_CHANNEL && msg.payload) options.onChange(msg.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${PUBLICATIONS_CHANNEL}`);
    } catch (err) {
      lost(client, err);
      return;
    }
    if (current !== client) return;
    if (stopped) return void client.end().catch(() => {});
    delay = minDelay;
    options.onLive(true);
    ping = setInterval(() => void client.query("SELECT 1").catch((err) => lost(client, err)), PING_MS);
    ping.unref();
  }

  void connect();
  return {
    async stop() {
      stopped = true;
      clearTimeout(retry);
      clearInterval(ping);
      const client = current;
      current = null;
      if (client) {
        options.onLive(false);
        await client.end().catch(() => {});
      }
    },
  };
}
