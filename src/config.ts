import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import proxyAddr from 'proxy-addr';
import { z } from 'zod';

/**
 * The one source of truth for settings. Every value comes from the environment (or the defaults here),
 * is validated once, and is passed down explicitly; no other module reads process.env.
 */
const csv = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));

/** A page's origin (`https://host[:port]`), in the canonical form browsers send: "https://X.dk/" → "https://x.dk". */
const origin = z.string().transform((entry, ctx) => {
  const url = URL.canParse(entry) ? new URL(entry) : undefined;
  const nothingElse = url && url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  if (nothingElse && /^https?:$/.test(url.protocol)) return url.origin;
  ctx.issues.push({ code: 'custom', message: `has "${entry}", which is not an origin like https://intra.region.dk`, input: entry });
  return z.NEVER;
});

/**
 * TRUST_PROXY: whose X-Forwarded-For to believe. Empty: nobody's (clients connect directly). A number: that
 * many proxies in front (1: one nginx). Otherwise proxies' addresses or CIDRs, comma-separated; `loopback`,
 * `linklocal` and `uniquelocal` name the usual ranges.
 */
export type TrustProxy = { hops: number } | { addresses: string[] };
const trustProxy = z
  .string()
  .optional()
  .transform((raw, ctx): TrustProxy | undefined => {
    const value = raw?.trim() ?? '';
    if (!value || value === 'false' || value === '0') return undefined;
    if (/^\d+$/.test(value)) return { hops: Number(value) };
    const addresses = value.split(',').map((x) => x.trim()).filter(Boolean);
    try {
      proxyAddr.compile(addresses);
      return { addresses };
    } catch (err) {
      ctx.issues.push({
        code: 'custom',
        message: `must be a hop count or proxy addresses/CIDRs (${(err as Error).message})`,
        input: raw,
      });
      return z.NEVER;
    }
  });

/** An empty value counts as unset (`PORT=` in a compose file), so the default applies. */
const blankAsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** A whole number from `min` to `max`, with one message that says so (zod's would name NaN or Infinity). */
function integer(min: number, max: number, fallback: number) {
  const message = max === Number.MAX_SAFE_INTEGER ? `must be a whole number of at least ${min}` : `must be a whole number from ${min} to ${max}`;
  return z.preprocess(
    blankAsUnset,
    z.coerce.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message }).default(fallback),
  );
}

function decimal(min: number, max: number, fallback: number) {
  const message = `must be a number from ${min} to ${max}`;
  return z.preprocess(blankAsUnset, z.coerce.number({ error: message }).min(min, { error: message }).max(max, { error: message }).default(fallback));
}

const oneOf = <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z.preprocess(blankAsUnset, z.enum(values, { error: `must be one of ${values.join(', ')}` }).default(fallback as never));

/** Where to listen: an IP address or a host name (resolved when the server starts). */
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const host = z.preprocess(
  blankAsUnset,
  z
    .string()
    .trim()
    .refine((h) => isIP(h) !== 0 || HOST_NAME.test(h), { error: 'must be an IP address (127.0.0.1, 0.0.0.0, ::) or a host name' })
    .default('127.0.0.1'),
);

/** An http(s) URL, such as an OpenAI-compatible endpoint's base. */
const httpUrl = z.preprocess(
  blankAsUnset,
  z
    .string()
    .trim()
    .refine((u) => URL.canParse(u) && /^https?:$/.test(new URL(u).protocol), { error: 'must be an http:// or https:// URL' })
    .optional(),
);

/** A database or cache server's URL with one of `protocols` (e.g. postgres:, redis:); empty counts as unset. */
function serverUrl(protocols: string[], example: string) {
  const message = `must be a URL like ${example}`;
  return z.preprocess(
    blankAsUnset,
    z
      .string()
      .trim()
      .refine((u) => URL.canParse(u) && protocols.includes(new URL(u).protocol), { error: message })
      .optional(),
  );
}

/** WORKERS: `auto` is one per core the process may use; a number is that many. */
const workers = z.preprocess(
  blankAsUnset,
  z
    .union([z.literal('auto').transform(() => availableParallelism()), z.coerce.number().int().min(1).max(64)], {
      error: 'must be auto or a whole number from 1 to 64',
    })
    .default(1),
);

const optionalString = z
  .string()
  .optional()
  .transform((s) => (s && s.trim() ? s.trim() : undefined));

export const ConfigSchema = z.object({
  HOST: host,
  PORT: integer(0, 65535, 8787),
  CORPUS_DIR: z.string().default('corpus'),
  INDEX_DIR: z.string().default('index'),
  DATA_DIR: z.string().default('data'),
  /** On SIGTERM/SIGINT, how long open requests and answer streams may take to finish before they are cut. */
  SHUTDOWN_GRACE_MS: integer(0, 600_000, 10_000),
  /**
   * Server processes sharing the port (node:cluster), each with its own copy of the index in memory: 1 (the
   * default) serves from this process; `auto` starts one per core. A worker that dies is restarted.
   */
  WORKERS: workers,
  /**
   * With WORKERS > 1, each worker's young generation in MiB per semi-space (V8's --max-semi-space-size; 0
   * leaves V8's default of 16). An ask allocates ~170 KB, nearly all garbage by its answer: a larger young
   * generation stops a worker for a scavenge less often, each stop costing about the same (what is still
   * live is the few requests in flight), and fewer of an ask's short-lived objects are still live at a
   * scavenge and promoted, so the old generation fills slower and its full collections (the longest pauses,
   * 10–30 ms, each one delaying every request queued on that worker) come less often. 64 rather than 32:
   * under load, per 1000 asks, scavenges 9.2 -> 6.0, promoted 4.7 -> 3.3 KB per ask, full collections 0.26
   * -> 0.20; 128 gained nothing more (V8 grew the space little past 64). Memory: up to three times the size
   * per worker. Safe range 8–256. One process (WORKERS=1) takes it from NODE_OPTIONS instead.
   */
  WORKER_SEMI_SPACE_MB: integer(0, 256, 64),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),

  /** Empty: the project's own static model, built with the index. Otherwise a transformers.js model directory. */
  EMBEDDING_MODEL: optionalString,
  /** Prefixes for e5-style models; when unset they are inferred from the model's name (e5 → "query: "/"passage: "). */
  EMBEDDING_QUERY_PREFIX: z.string().optional(),
  EMBEDDING_PASSAGE_PREFIX: z.string().optional(),

  RETRIEVAL_MODE: oneOf(['hybrid', 'lexical', 'dense'], 'hybrid'),
  TOP_K: integer(1, 50, 8),

  TRUST_PROXY: trustProxy,
  MAX_BODY_BYTES: integer(1024, 1_000_000, 32 * 1024),
  RATE_LIMIT_PER_MINUTE: integer(1, Number.MAX_SAFE_INTEGER, 60),
  /** Origins of other sites' pages that may call the API (the widget); the server's own are always allowed. */
  ALLOWED_ORIGINS: csv.pipe(z.array(origin)).default([]),
  ADMIN_TOKEN: optionalString,
  /**
   * Ratings kept; beyond it the oldest go, since anyone may post feedback. A rating takes at most ~21 KiB
   * on disk (the body limit, feedback/schema.ts), so the default bounds the database to about 1 GB.
   */
  FEEDBACK_MAX_ROWS: integer(1, Number.MAX_SAFE_INTEGER, 50_000),
  /** Feedback in PostgreSQL (postgres://user:password@host:5432/db) instead of SQLite in DATA_DIR: for replicas. */
  DATABASE_URL: serverUrl(['postgres:', 'postgresql:'], 'postgres://user:password@host:5432/strategisvar'),
  /** Rate-limit counts in Redis (redis://host:6379) instead of each process's memory: shared by replicas. */
  REDIS_URL: serverUrl(['redis:', 'rediss:'], 'redis://host:6379'),

  LLM_BASE_URL: httpUrl,
  LLM_MODEL: optionalString,
  LLM_API_KEY: optionalString,
  LLM_TIMEOUT_MS: integer(100, 600_000, 20_000),
  LLM_MAX_TOKENS: integer(16, 100_000, 600),
  LLM_TEMPERATURE: decimal(0, 2, 0.1),
  LLM_MAX_CONCURRENCY: integer(1, 1000, 2),
  LLM_QUEUE_SIZE: integer(0, 100_000, 16),

  /** The eval's optional model judge (npm run eval; eval/README.md): used when both URL and model are set. */
  EVAL_JUDGE_BASE_URL: httpUrl,
  EVAL_JUDGE_MODEL: optionalString,
  EVAL_JUDGE_API_KEY: optionalString,
  /** Judge replies are long lists of statements; a slow local model needs time. */
  EVAL_JUDGE_TIMEOUT_MS: integer(1000, 600_000, 60_000),
  EVAL_JUDGE_CONCURRENCY: integer(1, 16, 2),
  EVAL_JUDGE_CACHE_DIR: z.string().default('eval/judge-cache'),
});

export type Config = z.infer<typeof ConfigSchema>;

/** A bad setting: its message is one line naming each bad variable, its value and what it must be. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads settings from an env-like record; throws a ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const name = String(i.path[0]);
      const value = env[name];
      const shown = value === undefined ? '' : `=${JSON.stringify(name.includes('KEY') || name.includes('TOKEN') || name.endsWith('_URL') ? redacted(name, value) : value)}`;
      return `${name}${shown} ${i.message}`;
    });
    throw new ConfigError(`invalid settings: ${problems.join('; ')}`);
  }
  return parsed.data;
}

/** Secrets never reach a log or an error: keys and tokens whole, URLs' passwords. */
function redacted(name: string, value: string): string {
  if (!name.endsWith('_URL')) return '…';
  return URL.canParse(value) ? withoutPassword(value) : '…';
}

/** A server URL as it may be shown: its password replaced by `…`. */
export function withoutPassword(url: string): string {
  const u = new URL(url);
  if (!u.password) return u.toString();
  u.password = '';
  return u.toString().replace(`//${u.username}@`, `//${u.username}:…@`);
}

/** The environment's settings with some fixed by the caller (a CLI that needs its own index directory). */
export function loadConfigWith(overrides: Record<string, string>): Config {
  return loadConfig({ ...process.env, ...overrides });
}
