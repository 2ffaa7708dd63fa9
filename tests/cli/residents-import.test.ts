// deedbank residents template / import / export: a generated roster of several thousand rows
// with bad rows in it, checked number by number; a re-import changes nothing; a promotion
// awards fixed points and a removal takes them back; the export reads back.
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTable } from "../../src/cli/roster/read-table.ts";
import { GEN_GRIDS, HEADER, generateRoster, writeRosterCsv, writeRosterXlsx } from "../helpers/roster-gen.ts";
import { runCli } from "../helpers/run-cli.ts";
import { tempDir } from "../helpers/test-app.ts";

const dir = tempDir();
const db = join(dir, "register.db");
const roster = generateRoster({ people: 3000, households: 1000, bad: true });
const xlsx = join(dir, "roster.xlsx");

interface Summary { created: number; updated: number; unchanged: number; rejected: { row: number; reason: string }[]; warnings: { row: number; reason: string }[]; households: number }
const importJson = async (file: string, ...more: string[]) => JSON.parse(await runCli(["residents", "import", file, "--json", "--db", db, ...more])) as Summary;

/** Reads the database file directly, as an auditor would. */
async function sql<T>(query: string): Promise<T[]> {
  const { default: Database } = await import("better-sqlite3");
  const conn = new Database(db, { readonly: true });
  try {
    return conn.prepare(query).all() as T[];
  } finally {
    conn.close();
  }
}

beforeAll(async () => {
  await runCli(["setup", "--name", "白石坡社区", "--slug", "bsp", "--grids", GEN_GRIDS.join(","), "--db", db]);
  await writeRosterXlsx(xlsx, roster.rows);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("residents import", () => {
  it("imports every valid row, rejects and warns with Excel row numbers, and stores no ID number or phone", async () => {
    const dry = await importJson(xlsx, "--dry-run");
    expect(dry.created).toBe(roster.expect.valid);
    expect((await sql<{ n: number }>(`SELECT count(*) n FROM Resident`))[0]?.n).toBe(0);

    const s = await importJson(xlsx);
    expect(Object.keys(s)).toEqual(["created", "updated", "unchanged", "rejected", "warnings", "households"]);
    expect(s).toMatchObject({ created: roster.expect.valid, updated: 0, unchanged: 0, households: roster.expect.households });
    // Row numbers are the spreadsheet's: the header is row 1, so data row i is row i + 2.
    const rowOf = (name: string) => roster.rows.findIndex((r) => r[1] === name) + 2;
    const noName = roster.rows.findIndex((r) => r[1] === "") + 2;
    expect(s.rejected).toEqual([
      { row: noName, reason: "没有姓名" },
      { row: rowOf("无名格"), reason: expect.stringContaining("九十九网格") as string },
    ]);
    expect(s.warnings.map((w) => w.row)).toEqual(expect.arrayContaining([1, rowOf("错号码")]));
    expect(s.warnings.find((w) => w.row === 1)?.reason).toMatch(/身份证号.*忽略/);
    expect(s.warnings.find((w) => /同一个人/.test(w.reason))).toBeTruthy();
    expect(s.warnings).toHaveLength(3 + (s.warnings.filter((w) => /特长/.test(w.reason)).length));

    const people = await sql<{ n: number; phones: number; households: number }>(
      `SELECT count(*) n, count(phoneHash) phones, count(DISTINCT household) households FROM Resident`);
    expect(people[0]).toMatchObject({ n: roster.expect.valid, households: roster.expect.households });
    const phonesGiven = new Set(roster.rows.filter((r) => r[1] && /^1\d{10}$/.test(r[7] ?? "")).map((r) => r[7])).size;
    expect(people[0]?.phones).toBe(phonesGiven);
    // Neither an ID number nor a phone number is anywhere in the database file.
    const bytes = readFileSync(db).toString("latin1") + readFileSync(`${db}-wal`, { flag: "a+" }).toString("latin1");
    const id = roster.rows.find((r) => r[8])?.[8] as string;
    const phone = roster.rows.find((r) => r[7])?.[7] as string;
    expect(bytes.includes(id)).toBe(false);
    expect(bytes.includes(phone)).toBe(false);

    const party = await sql<{ n: number; pts: number }>(`SELECT count(*) n, sum(points) pts FROM LedgerEntry WHERE kind = 'fixed' AND note = 'party_member'`);
    expect(party[0]?.n).toBe(roster.expect.partyMembers);
    // 五好家庭 reaches every member of the household.
    const family = await sql<{ missing: number }>(`
      SELECT count(*) missing FROM Resident r JOIN RegisterEntry e ON e.residentId = r.id
      WHERE e.householdId IN (SELECT householdId FROM RegisterEntry WHERE fiveGood = 1)
        AND NOT EXISTS (SELECT 1 FROM FixedAward a WHERE a.residentId = r.id AND a.code = 'five_good_family' AND a.status = 'active')`);
    expect(family[0]?.missing).toBe(0);
    const heads = await sql<{ n: number }>(`SELECT count(*) n FROM Household WHERE headResidentId IS NOT NULL`);
    expect(heads[0]?.n).toBe(roster.expect.households);
  }, 180_000);

  it("re-importing the same file changes nothing", async () => {
    const ledger = await sql<{ n: number }>(`SELECT count(*) n FROM LedgerEntry`);
    const s = await importJson(xlsx);
    expect(s).toMatchObject({ created: 0, updated: 0, unchanged: roster.expect.valid });
    expect(await sql<{ n: number }>(`SELECT count(*) n FROM LedgerEntry`)).toEqual(ledger);
  }, 120_000);

  it("a promotion awards fixed points; an attribute removed is reversed with a reason", async () => {
    const rows = roster.rows.map((r) => [...r]);
    const promoted = rows.find((r) => r[1] && r[9] === "群众" && r[3] !== "九十九网格") as string[];
    promoted[9] = "中共党员";
    const demoted = rows.find((r) => r[9] === "中共党员") as string[];
    demoted[9] = "群众";
    const csv = join(dir, "changed.csv");
    writeRosterCsv(csv, rows);
    const s = await importJson(csv);
    expect(s).toMatchObject({ created: 0, updated: 2, unchanged: roster.expect.valid - 2 });
    const ledger = await sql<{ name: string; points: number; kind: string; note: string }>(`
      SELECT r.name, l.points, l.kind, l.note FROM LedgerEntry l JOIN Resident r ON r.id = l.residentId
      WHERE l.id > (SELECT max(id) - 2 FROM LedgerEntry) ORDER BY l.id`);
    expect(ledger).toEqual(expect.arrayContaining([
      { name: promoted[1], points: 20, kind: "fixed", note: "party_member" },
      { name: demoted[1], points: -20, kind: "fixed_reversal", note: "最新名册中已没有此项" },
    ]));
    expect((await importJson(csv)).updated).toBe(0);
  }, 120_000);

  it("reads a GBK-encoded CSV from Chinese Excel, and headers in English in any order", async () => {
    const gbk = join(dir, "gbk.csv");
    writeFileSync(gbk, iconv.encode("姓名,网格,楼栋,单元,门牌号\r\n王小明,一网格,3,2,301\r\n", "gbk"));
    const t = await readTable(gbk);
    expect(t.rows[0]?.cells).toEqual(["王小明", "一网格", "3", "2", "301"]);
    const en = join(dir, "en.csv");
    writeFileSync(en, "\ufeffRoom,Name,Grid,Building,Unit,Phone\r\n301,Anna,二网格,3,2,138-0013-8000\r\n");
    const s = await importJson(en);
    expect(s).toMatchObject({ created: 1, rejected: [], households: 1 });
  }, 60_000);

  it("the template has the columns and an instructions sheet; a wrong extension is refused", async () => {
    const file = join(dir, "template.xlsx");
    await runCli(["residents", "template", file]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((w) => w.name)).toEqual(["名册", "填写说明"]);
    expect((book.worksheets[0]?.getRow(1).values as string[]).slice(1)).toEqual(HEADER);
    await expect(runCli(["residents", "import", join(dir, "x.json"), "--db", db])).rejects.toThrow(/\.xlsx or \.csv/);
  }, 60_000);

  it("the export has one row per resident and reads back, without ID numbers or phones", async () => {
    const out = join(dir, "export.xlsx");
    await runCli(["residents", "export", out, "--db", db]);
    const back = await readTable(out);
    expect(back.header.cells).toEqual(["编号", "姓名", "网格", "户", "累计积分", "动态积分", "固定积分", "可用积分", "奖票", "最近通过的好事"]);
    expect(back.rows).toHaveLength(roster.expect.valid + 1);
    const csv = join(dir, "export.csv");
    await runCli(["residents", "export", csv, "--db", db]);
    const text = readFileSync(csv, "utf8");
    expect(text.split("\r\n").length - 2).toBe(roster.expect.valid + 1);
    expect(/1[3-9]\d{9}/.test(text)).toBe(false);
    const total = await sql<{ pts: number }>(`SELECT sum(points) pts FROM LedgerEntry`);
    expect(back.rows.reduce((s, r) => s + Number(r.cells[4]), 0)).toBe(total[0]?.pts);
    await expect(runCli(["residents", "export", join(dir, "x.pdf"), "--db", db])).rejects.toThrow(/\.xlsx or \.csv/);
  }, 60_000);

  it("bind-code never silently creates a person: an unknown name asks for confirmation or a household", async () => {
    await expect(runCli(["bind-code", "王晓明明", "--db", db])).rejects.toThrow(/没有叫“王晓明明”的居民[\s\S]*--address[\s\S]*--new/);
    expect((await sql<{ n: number }>(`SELECT count(*) n FROM Resident WHERE name = '王晓明明'`))[0]?.n).toBe(0);
    expect(await runCli(["bind-code", "王晓明明", "--grid", "一网格", "--address", "9栋1单元101", "--db", db])).toMatch(/绑定码 \d{6}/);
    const hh = await sql<{ building: string; unit: string; room: string; head: string }>(`
      SELECT h.building, h.unit, h.room, r.name head FROM Household h JOIN Resident r ON r.id = h.headResidentId WHERE r.name = '王晓明明'`);
    expect(hh).toEqual([{ building: "9", unit: "1", room: "101", head: "王晓明明" }]);
    expect(await runCli(["bind-code", "新人甲", "--new", "--db", db])).toMatch(/绑定码 \d{6}/);
  }, 60_000);
});
