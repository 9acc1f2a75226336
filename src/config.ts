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
  ctx.issues.push({ code: 'custom', message: `"${entry}" is not an origin like https://intra.region.dk`, input: entry });
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
        message: `"${value}" is neither a hop count nor a list of addresses/CIDRs (${(err as Error).message})`,
        input: raw,
      });
      return z.NEVER;
    }
  });

const optionalString = z
  .string()
  .optional()
  .transform((s) => (s && s.trim() ? s.trim() : undefined));

export const ConfigSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  CORPUS_DIR: z.string().default('corpus'),
  INDEX_DIR: z.string().default('index'),
  DATA_DIR: z.string().default('data'),
  /** On SIGTERM/SIGINT, how long open requests and answer streams may take to finish before they are cut. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  /** Empty: the project's own static model, built with the index. Otherwise a transformers.js model directory. */
  EMBEDDING_MODEL: optionalString,
  /** Prefixes for e5-style models; when unset they are inferred from the model's name (e5 → "query: "/"passage: "). */
  EMBEDDING_QUERY_PREFIX: z.string().optional(),
  EMBEDDING_PASSAGE_PREFIX: z.string().optional(),

  RETRIEVAL_MODE: z.enum(['hybrid', 'lexical', 'dense']).default('hybrid'),
  TOP_K: z.coerce.number().int().min(1).max(50).default(8),

  TRUST_PROXY: trustProxy,
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(1_000_000).default(32 * 1024),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  /** Origins of other sites' pages that may call the API (the widget); the server's own are always allowed. */
  ALLOWED_ORIGINS: csv.pipe(z.array(origin)).default([]),
  ADMIN_TOKEN: optionalString,
  /** Ratings kept; beyond it the oldest go, since anyone may post feedback. */
  FEEDBACK_MAX_ROWS: z.coerce.number().int().min(1).default(100_000),

  LLM_BASE_URL: optionalString,
  LLM_MODEL: optionalString,
  LLM_API_KEY: optionalString,
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).default(20_000),
  LLM_MAX_TOKENS: z.coerce.number().int().min(16).default(600),
  LLM_TEMPERATURE: z.coerce.number().min(0).max(2).default(0.1),
  LLM_MAX_CONCURRENCY: z.coerce.number().int().min(1).default(2),
  LLM_QUEUE_SIZE: z.coerce.number().int().min(0).default(16),

  /** The eval's optional model judge (npm run eval; eval/README.md): used when both URL and model are set. */
  EVAL_JUDGE_BASE_URL: optionalString,
  EVAL_JUDGE_MODEL: optionalString,
  EVAL_JUDGE_API_KEY: optionalString,
  /** Judge replies are long lists of statements; a slow local model needs time. */
  EVAL_JUDGE_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(60_000),
  EVAL_JUDGE_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  EVAL_JUDGE_CACHE_DIR: z.string().default('eval/judge-cache'),
});

export type Config = z.infer<typeof ConfigSchema>;

/** Reads settings from an env-like record; throws a readable error naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid settings:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** The environment's settings with some fixed by the caller (a CLI that needs its own index directory). */
export function loadConfigWith(overrides: Record<string, string>): Config {
  return loadConfig({ ...process.env, ...overrides });
}
