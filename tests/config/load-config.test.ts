import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, databaseUrlScheme } from "../../src/config/load-config.ts";

describe("loadConfig", () => {
  it("has working defaults", () => {
    expect(loadConfig({})).toEqual({
      databaseUrl: "file:./data/deedbank.db",
      database: {},
      locale: "zh-CN",
      timezone: "Asia/Shanghai",
      dailyReportLimit: 10,
      proxySelfApprove: false,
      honourCron: "0 9 * * 1",
      reminderCron: "0 18 * * *",
      retentionDays: 56,
      logLevel: "info",
      telegram: null,
      wechat: null,
      admins: [],
      drawKey: null,
      backup: { cron: "30 3 * * *", keep: 7 },
      phoneSecret: null,
    });
  });

  it("reads DEEDBANK_PROXY_SELF_APPROVE as 0 or 1, and names it when it is anything else", () => {
    expect(loadConfig({ DEEDBANK_PROXY_SELF_APPROVE: "1" }).proxySelfApprove).toBe(true);
    expect(loadConfig({ DEEDBANK_PROXY_SELF_APPROVE: "0" }).proxySelfApprove).toBe(false);
    expect(() => loadConfig({ DEEDBANK_PROXY_SELF_APPROVE: "yes" })).toThrow(/DEEDBANK_PROXY_SELF_APPROVE="yes" is not valid/);
  });

  it("lets --db win over DATABASE_URL, and treats empty variables as unset", () => {
    expect(loadConfig({ DATABASE_URL: "file:/x.db" }, { db: "/y.db" }).databaseUrl).toBe("/y.db");
    expect(loadConfig({ DEEDBANK_LOCALE: "" }).locale).toBe("zh-CN");
  });

  it("takes a PostgreSQL URL and its named settings, and refuses another kind of URL with the fix", () => {
    const c = loadConfig({
      DATABASE_URL: "postgresql://bot@db.example.org:5432/city", DEEDBANK_DB_POOL_SIZE: "20",
      DEEDBANK_DB_STATEMENT_TIMEOUT_MS: "5000", DEEDBANK_DB_SSL: "require",
    });
    expect(c.databaseUrl).toBe("postgresql://bot@db.example.org:5432/city");
    expect(c.database).toEqual({ poolSize: 20, statementTimeoutMs: 5000, sslMode: "require" });
    expect(() => loadConfig({ DATABASE_URL: "mysql://x@y/z" })).toThrow(/DATABASE_URL="mysql:\/\/x@y\/z" is not valid: set it to a SQLite file such as file:\.\/data\/deedbank\.db, or a PostgreSQL URL/);
    expect(() => loadConfig({ DEEDBANK_DB_SSL: "maybe" })).toThrow(/DEEDBANK_DB_SSL="maybe" is not valid: set it to disable, require or verify-full/);
  });

  it("lists every bad key with how to fix it", () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ DEEDBANK_LOCALE: "fr", DEEDBANK_TIMEZONE: "Mars/Olympus", DEEDBANK_DAILY_REPORT_LIMIT: "lots" });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.problems).toHaveLength(3);
    expect(error?.message).toContain('DEEDBANK_LOCALE="fr" is not valid: set it to zh-CN or en');
    expect(error?.message).toContain("DEEDBANK_TIMEZONE=\"Mars/Olympus\" is not valid: set it to an IANA time zone");
    expect(error?.message).toContain("DEEDBANK_DAILY_REPORT_LIMIT=\"lots\" is not valid: set it to a whole number");
  });
});

describe("DATABASE_URL schemes", () => {
  it("takes file: and plain paths, and PostgreSQL URLs; refuses any other scheme, naming the key", () => {
    expect(databaseUrlScheme("file:./data/x.db")).toBe("sqlite");
    expect(databaseUrlScheme("./data/x.db")).toBe("sqlite");
    expect(databaseUrlScheme("C:\\data\\x.db")).toBe("sqlite");
    expect(databaseUrlScheme("postgresql://u@h/db")).toBe("postgresql");
    expect(databaseUrlScheme("postgres://u@h/db")).toBe("postgresql");
    expect(() => loadConfig({ DATABASE_URL: "mysql://u@h/db" })).toThrow(/DATABASE_URL="mysql:\/\/u@h\/db" is not valid/);
    expect(() => loadConfig({}, { db: "http://example.org/x.db" })).toThrow(/--db/);
  });
});
