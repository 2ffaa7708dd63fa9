// `deedbank db copy`: a community's SQLite file into PostgreSQL, whole and checked.
import { PassThrough, Readable } from "node:stream";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.ts";
import { createApp } from "../../src/create-app.ts";
import { buildProgram } from "../../src/cli/program.ts";
import { simulate } from "../../src/cli/commands/simulate.ts";
import { copyDatabase } from "../../src/storage/copy.ts";
import { freshPgSchema, PG_URL, type PgSchema } from "../helpers/pg.ts";
import { testApp, type TestApp } from "../helpers/test-app.ts";

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()!();
});

async function communityWithHistory(): Promise<TestApp> {
  const app = await testApp();
  cleanup.push(() => app.dispose());
  await app.chat([
    "张秀英: 早上撕了3张小广告", "王敏: 通过 1",
    "刘建国: 今天在小区门口义务交通疏导", "王敏: 通过 2",
    "张秀英: 下午又清理了5张小广告", "王敏: 通过 3", "王敏: 撤销 3 重复上报",
  ]);
  return app;
}

describe.skipIf(!PG_URL)("db copy", () => {
  let target: PgSchema;
  const freshTarget = async () => {
    target = await freshPgSchema("copy");
    cleanup.push(() => target.drop());
    return target;
  };

  it("copies every row in one go; the bot on PostgreSQL answers as it did on SQLite, and numbers on", async () => {
    const app = await communityWithHistory();
    const question = ["张秀英: 我的积分", "刘建国: 排行榜"];
    const before = await app.chat(question);
    await freshTarget();
    const stdout = new PassThrough();
    let said = "";
    stdout.on("data", (c: Buffer) => (said += c.toString()));
    await buildProgram({ stdin: process.stdin as never, stdout }).parseAsync(["node", "deedbank", "db", "copy", "--from", `file:${app.db.file}`, "--to", target.url]);
    expect(said).toMatch(/^Copied \d+ rows in \d+ tables; checked: every row count, 2 residents' points \(9 in all\)/);

    const pgApp = await createApp(loadConfig({ LOG_LEVEL: "silent", DEEDBANK_DATA_DIR: app.dir }, { db: target.url }), { clock: () => app.now, log: pino({ level: "silent" }) });
    cleanup.push(() => pgApp.close());
    const chat = async (lines: string[]) => {
      const output = new PassThrough();
      let transcript = "";
      output.on("data", (c: Buffer) => (transcript += c.toString()));
      await simulate(pgApp, { demo: false, input: Readable.from([lines.join("\n")]), output, interactive: false });
      return transcript;
    };
    expect(await chat(question)).toBe(before);
    // Sequences continue after the copied ids: the next report is #4.
    expect(await chat(["张秀英: 扶老人过马路"])).toContain("#4");
  }, 120_000);

  it("refuses a target that already holds data, and leaves it as it was", async () => {
    const app = await communityWithHistory();
    await freshTarget();
    await copyDatabase(`file:${app.db.file}`, target.url);
    const rows = await target.query(`SELECT COUNT(*)::int AS n FROM "LedgerEntry"`);
    await expect(copyDatabase(`file:${app.db.file}`, target.url)).rejects.toThrow(/already holds data/);
    expect(await target.query(`SELECT COUNT(*)::int AS n FROM "LedgerEntry"`)).toEqual(rows);
  }, 120_000);

  it("explains a server it cannot reach in one sentence", async () => {
    const app = await communityWithHistory();
    await expect(copyDatabase(`file:${app.db.file}`, "postgresql://postgres@127.0.0.1:1/none")).rejects.toThrow(
      /^Cannot use the PostgreSQL database at 127\.0\.0\.1:1\/none: the connection was refused; is the server running\? Check DATABASE_URL\.$/,
    );
  }, 60_000);
});
