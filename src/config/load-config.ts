// The one place that reads the environment: a pure function of `env` that returns one
// validated object, or fails listing every bad key and how to fix it.
import { parse as parseCron, validate as validateCron } from "node-cron";
import { z } from "zod";
import { ConfigError } from "./config-error.ts";

export interface Config {
  databaseUrl: string;
  /** PostgreSQL connection settings (a URL parameter of the same meaning wins); data files' folder. */
  database: { poolSize?: number; statementTimeoutMs?: number; sslMode?: "disable" | "require" | "verify-full"; dataDir?: string };
  locale: "zh-CN" | "en";
  timezone: string;
  dailyReportLimit: number;
  /** A grid worker may approve their own proxy entry (代报) of up to 10 points (DEEDBANK_PROXY_SELF_APPROVE=1). */
  proxySelfApprove: boolean;
  /** When the weekly honour list is posted (cron, in `timezone`). */
  honourCron: string;
  /** When the daily review reminder (待审核提醒) goes out. */
  reminderCron: string;
  /** Days an honour poster file is kept before the weekly job deletes it; also how long sent messages stay in the outbox. */
  retentionDays: number;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** Telegram through telegraf, when a bot token is set. */
  telegram: { token: string; apiRoot: string | null; webhook: { url: string; port: number } | null } | null;
  /** WeChat through wechaty + wechat4u, when enabled; sends paced by interval + random jitter. */
  wechat: { sendIntervalMs: number; sendJitterMs: number } | null;
  /** First admins: platform account ids (telegram:123456) or, for WeChat, names that get a binding code. */
  admins: { platform: "telegram" | "wechat"; id: string }[];
  /** Seals draw seeds in the database until the draw; null: a key file beside the database. */
  drawKey: string | null;
  /** The nightly backup: when (cron, in `timezone`) and how many copies are kept. */
  backup: { cron: string; keep: number };
  /** Key of the phone-number hashes (HMAC); null → a secret generated once into the data folder. */
  phoneSecret: string | null;
}

export { ConfigError } from "./config-error.ts";

const validZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

/** node-cron accepts it, and every field is plain numbers (the scheduler computes next runs from them). */
const validCron = (expr: string) => {
  if (!validateCron(expr)) return false;
  const f = parseCron(expr);
  return [...f.dayOfMonth, ...f.dayOfWeek].every((x) => typeof x === "number");
};

/**
 * The one check of a database URL's scheme: `file:` or a plain path (SQLite), or
 * `postgresql:`/`postgres:`. Anything else (mysql://, http://, a typo) would otherwise be taken
 * for a relative path and silently create a folder named after the scheme.
 */
export function databaseUrlScheme(url: string): "sqlite" | "postgresql" | null {
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined || scheme === "file") return "sqlite";
  if (scheme === "postgresql" || scheme === "postgres") return "postgresql";
  return null;
}

const schema = z.object({
  DATABASE_URL: z.string().min(1).default("file:./data/deedbank.db")
    .refine((u) => databaseUrlScheme(u) !== null)
    .describe("a SQLite file such as file:./data/deedbank.db, or a PostgreSQL URL such as postgresql://user:password@host:5432/deedbank"),
  // PostgreSQL (issue 15); each may also be given in the URL (connection_limit, statement_timeout, sslmode)
  DEEDBANK_DB_POOL_SIZE: z.coerce.number().int().min(1).max(500).optional()
    .describe("connections per process, a whole number from 1 to 500 (default 10)"),
  DEEDBANK_DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).optional()
    .describe("the longest a database statement may run in milliseconds, 0 for no limit (default 30000)"),
  DEEDBANK_DB_SSL: z.enum(["disable", "require", "verify-full"]).optional()
    .describe("disable, require or verify-full"),
  DEEDBANK_DATA_DIR: z.string().min(1).optional()
    .describe("a folder for posters and other files when the database is PostgreSQL, e.g. ./data"),
  DEEDBANK_LOCALE: z.enum(["zh-CN", "en"]).default("zh-CN").describe("zh-CN or en"),
  DEEDBANK_TIMEZONE: z.string().default("Asia/Shanghai").refine(validZone)
    .describe("an IANA time zone such as Asia/Shanghai"),
  DEEDBANK_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(56)
    .describe("a number of days from 1 to 3650, e.g. 56"),
  DEEDBANK_DAILY_REPORT_LIMIT: z.coerce.number().int().min(1).max(1000).default(10)
    .describe("a whole number from 1 to 1000"),
  DEEDBANK_PROXY_SELF_APPROVE: z.enum(["0", "1"]).default("0")
    .describe("1 to let a grid worker approve their own proxy entry (代报) of up to 10 points, 0 not to"),
  DEEDBANK_HONOUR_CRON: z.string().default("0 9 * * 1").refine(validCron)
    .describe('a cron expression "minute hour day month weekday", e.g. "0 9 * * 1" (Mondays 09:00)'),
  DEEDBANK_REMINDER_CRON: z.string().default("0 18 * * *").refine(validCron)
    .describe('a cron expression "minute hour day month weekday", e.g. "0 18 * * *" (every day at 18:00)'),
  // chat platforms (issue 4)
  TELEGRAM_BOT_TOKEN: z.string().regex(/^\d+:[\w-]{20,}$/).optional()
    .describe("the token @BotFather gave you, like 123456789:AAH..."),
  TELEGRAM_API_ROOT: z.url().optional()
    .describe("the URL of another Bot API server, e.g. http://127.0.0.1:8081"),
  TELEGRAM_WEBHOOK_URL: z.url().optional()
    .describe("the public https URL Telegram should call, e.g. https://bot.example.org/telegram"),
  TELEGRAM_WEBHOOK_PORT: z.coerce.number().int().min(1).max(65535).default(8443)
    .describe("a port number from 1 to 65535"),
  WECHAT_ENABLED: z.enum(["0", "1", "true", "false"]).default("0").describe("1 to run on WeChat, 0 not to"),
  WECHAT_SEND_INTERVAL_MS: z.coerce.number().int().min(500).max(600_000).default(4000)
    .describe("milliseconds between two WeChat sends, from 500 to 600000"),
  WECHAT_SEND_JITTER_MS: z.coerce.number().int().min(0).max(600_000).default(3000)
    .describe("extra random milliseconds added to each WeChat send gap, from 0 to 600000"),
  DEEDBANK_ADMINS: z.string().regex(/^\s*(telegram:\d+|wechat:[^,]+)(\s*,\s*(telegram:\d+|wechat:[^,]+))*\s*$/).optional()
    .describe("a comma-separated list like telegram:123456,wechat:周华"),
  DEEDBANK_DRAW_KEY: z.string().min(32).optional()
    .describe("a secret of at least 32 characters (e.g. from `openssl rand -hex 32`), kept outside the database"),
  DEEDBANK_BACKUP_CRON: z.string().default("30 3 * * *").refine(validCron)
    .describe('a cron expression "minute hour day month weekday", e.g. "30 3 * * *" (every night at 03:30)'),
  DEEDBANK_BACKUP_KEEP: z.coerce.number().int().min(1).max(1000).default(7)
    .describe("how many nightly backups to keep, a whole number from 1 to 1000"),
  // the community register (issue 12)
  DEEDBANK_PHONE_SECRET: z.string().min(16).optional()
    .describe("a secret of at least 16 characters (e.g. the output of `openssl rand -hex 32`); keep it with your backups"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info")
    .describe("one of fatal, error, warn, info, debug, trace, silent"),
});

export function loadConfig(env: Record<string, string | undefined> = process.env, overrides: { db?: string } = {}): Config {
  // An empty variable means "not set", as most shells and .env files intend.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const key = String(i.path[0]);
      const hint = schema.shape[key as keyof typeof schema.shape]?.description;
      return `${key}=${JSON.stringify(env[key])} is not valid: set it to ${hint ?? "a valid value"}, or unset it for the default`;
    });
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  if (overrides.db !== undefined && databaseUrlScheme(overrides.db) === null) {
    throw new ConfigError([`--db ${JSON.stringify(overrides.db)} is not valid: give a SQLite file such as ./data/deedbank.db, or a postgresql:// URL`]);
  }
  return {
    databaseUrl: overrides.db ?? e.DATABASE_URL,
    database: {
      ...(e.DEEDBANK_DB_POOL_SIZE !== undefined ? { poolSize: e.DEEDBANK_DB_POOL_SIZE } : {}),
      ...(e.DEEDBANK_DB_STATEMENT_TIMEOUT_MS !== undefined ? { statementTimeoutMs: e.DEEDBANK_DB_STATEMENT_TIMEOUT_MS } : {}),
      ...(e.DEEDBANK_DB_SSL ? { sslMode: e.DEEDBANK_DB_SSL } : {}),
      ...(e.DEEDBANK_DATA_DIR ? { dataDir: e.DEEDBANK_DATA_DIR } : {}),
    },
    locale: e.DEEDBANK_LOCALE,
    timezone: e.DEEDBANK_TIMEZONE,
    dailyReportLimit: e.DEEDBANK_DAILY_REPORT_LIMIT,
    proxySelfApprove: e.DEEDBANK_PROXY_SELF_APPROVE === "1",
    honourCron: e.DEEDBANK_HONOUR_CRON,
    reminderCron: e.DEEDBANK_REMINDER_CRON,
    retentionDays: e.DEEDBANK_RETENTION_DAYS,
    logLevel: e.LOG_LEVEL,
    telegram: e.TELEGRAM_BOT_TOKEN
      ? {
          token: e.TELEGRAM_BOT_TOKEN, apiRoot: e.TELEGRAM_API_ROOT ?? null,
          webhook: e.TELEGRAM_WEBHOOK_URL ? { url: e.TELEGRAM_WEBHOOK_URL, port: e.TELEGRAM_WEBHOOK_PORT } : null,
        }
      : null,
    wechat: e.WECHAT_ENABLED === "1" || e.WECHAT_ENABLED === "true"
      ? { sendIntervalMs: e.WECHAT_SEND_INTERVAL_MS, sendJitterMs: e.WECHAT_SEND_JITTER_MS }
      : null,
    drawKey: e.DEEDBANK_DRAW_KEY ?? null,
    backup: { cron: e.DEEDBANK_BACKUP_CRON, keep: e.DEEDBANK_BACKUP_KEEP },
    admins: (e.DEEDBANK_ADMINS ?? "").split(",").map((s) => s.trim()).filter(Boolean).map((s) => {
      const [platform, ...rest] = s.split(":");
      return { platform: platform as "telegram" | "wechat", id: rest.join(":").trim() };
    }),
    phoneSecret: e.DEEDBANK_PHONE_SECRET ?? null,
  };
}
