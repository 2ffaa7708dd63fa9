// The one place that reads the environment: a pure function of `env` that returns one
// validated object, or fails listing every bad key and how to fix it.
import { parse as parseCron, validate as validateCron } from "node-cron";
import { z } from "zod";

export interface Config {
  databaseUrl: string;
  locale: "zh-CN" | "en";
  timezone: string;
  dailyReportLimit: number;
  /** When the weekly honour list is posted (cron, in `timezone`). */
  honourCron: string;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration problems:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

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

const schema = z.object({
  DATABASE_URL: z.string().min(1).default("file:./data/deedbank.db")
    .describe("a SQLite file, e.g. file:./data/deedbank.db"),
  DEEDBANK_LOCALE: z.enum(["zh-CN", "en"]).default("zh-CN").describe("zh-CN or en"),
  DEEDBANK_TIMEZONE: z.string().default("Asia/Shanghai").refine(validZone)
    .describe("an IANA time zone such as Asia/Shanghai"),
  DEEDBANK_DAILY_REPORT_LIMIT: z.coerce.number().int().min(1).max(1000).default(10)
    .describe("a whole number from 1 to 1000"),
  DEEDBANK_HONOUR_CRON: z.string().default("0 9 * * 1").refine(validCron)
    .describe('a cron expression "minute hour day month weekday", e.g. "0 9 * * 1" (Mondays 09:00)'),
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
  return {
    databaseUrl: overrides.db ?? e.DATABASE_URL,
    locale: e.DEEDBANK_LOCALE,
    timezone: e.DEEDBANK_TIMEZONE,
    dailyReportLimit: e.DEEDBANK_DAILY_REPORT_LIMIT,
    honourCron: e.DEEDBANK_HONOUR_CRON,
    logLevel: e.LOG_LEVEL,
  };
}
