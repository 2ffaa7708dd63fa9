// Generates a community roster like an office's: households of 1–6 people across grids,
// with party members, graduates, skills, five-good families; optionally bad rows
// (no name, unknown grid, bad phone, a person listed twice).
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";

export const GEN_GRIDS = ["一网格", "二网格", "三网格", "四网格", "五网格", "六网格", "七网格", "八网格"];
export const HEADER = ["序号", "姓名", "性别", "网格", "楼栋", "单元", "门牌号", "联系电话", "身份证号", "政治面貌", "学历", "特长", "五好家庭", "优秀居民", "职务职称", "备注"];

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN = "桂兰秀英建国志强光喜明华敏磊娟伟芳丽军洋勇艳杰涛超霞平刚燕辉鹏飞玲红梅波斌宇浩凯鑫婷雪琳晨欣悦";

/** A small deterministic generator (mulberry32), so every run writes the same roster. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenOptions { people: number; households: number; seed?: number; bad?: boolean }
export interface GenRoster {
  rows: string[][];
  /** Counts the generator knows to be true (for the test's checks). */
  expect: { valid: number; noName: number; unknownGrid: number; badPhone: number; duplicates: number; households: number; partyMembers: number };
}

export function generateRoster(o: GenOptions): GenRoster {
  const rand = rng(o.seed ?? 42);
  const pick = <T>(xs: readonly T[] | string) => xs[Math.floor(rand() * xs.length)] as T;
  // Household sizes: spread `people` over `households`, each at least 1.
  const sizes = Array.from({ length: o.households }, () => 1);
  for (let left = o.people - o.households; left > 0; left--) sizes[Math.floor(rand() * o.households)]! += 1;
  const rows: string[][] = [];
  const expect = { valid: 0, noName: 0, unknownGrid: 0, badPhone: 0, duplicates: 0, households: 0, partyMembers: 0 };
  const usedNames = new Set<string>();
  let phoneSeq = 0;
  sizes.forEach((size, h) => {
    const grid = GEN_GRIDS[h % GEN_GRIDS.length] as string;
    const building = String(1 + Math.floor(h / 48)), unit = String(1 + (Math.floor(h / 8) % 6)), room = String(101 + (h % 8) + 100 * (h % 5));
    const fiveGood = rand() < 0.05;
    const surname = pick<string>(SURNAMES);
    expect.households++;
    for (let m = 0; m < size; m++) {
      let name = surname + pick<string>(GIVEN) + (rand() < 0.5 ? pick<string>(GIVEN) : "");
      while (usedNames.has(`${h}:${name}`)) name += pick<string>(GIVEN);
      usedNames.add(`${h}:${name}`);
      const party = rand() < 0.08;
      if (party) expect.partyMembers++;
      const phone = rand() < 0.7 ? `1${3 + (phoneSeq % 7)}${String(10_000_000 + phoneSeq++).padStart(9, "0")}` : "";
      rows.push([
        String(rows.length + 1), name, pick(["男", "女"]), grid, building, unit, room, phone,
        rand() < 0.5 ? `11010119${50 + (h % 50)}0101${String(1000 + m).slice(-4)}` : "",
        party ? "中共党员" : rand() < 0.05 ? "共青团员" : "群众", pick(["", "高中", "大专", "本科", "本科", "研究生"]),
        rand() < 0.1 ? pick(["医疗", "维修", "剪纸", "法律、调解"]) : "", fiveGood && m === 0 ? "是" : "", rand() < 0.02 ? "是" : "",
        rand() < 0.03 ? pick(["高级工程师", "中级教师", "初级会计"]) : "", m === 0 ? "户主" : "",
      ]);
      expect.valid++;
    }
  });
  if (o.bad) {
    const at = (i: number) => Math.floor((rows.length * i) / 7);
    // Bad rows are inserted, not substituted, so the valid counts above stay true.
    const bad: [number, string[]][] = [
      [at(1), ["", "", "男", "一网格", "1", "1", "101", "", "", "群众", "", "", "", "", "", "没写名字"]],
      [at(2), ["", "无名格", "女", "九十九网格", "1", "1", "101", "", "", "群众", "", "", "", "", "", ""]],
      [at(3), ["", "错号码", "女", "一网格", "77", "1", "101", "12345", "", "群众", "", "", "", "", "", ""]],
    ];
    const dup = [...(rows[at(4)] as string[])];
    dup[0] = "";
    dup[13] = "是";
    bad.push([at(5), dup]);
    for (const [i, row] of bad.sort((a, b) => b[0] - a[0])) rows.splice(i, 0, row);
    Object.assign(expect, { noName: 1, unknownGrid: 1, badPhone: 1, duplicates: 1, valid: expect.valid + 1, households: expect.households + 1 });
  }
  return { rows, expect };
}

export function writeRosterCsv(file: string, rows: string[][], header = HEADER): void {
  const cell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  writeFileSync(file, [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n");
}

export async function writeRosterXlsx(file: string, rows: string[][], header = HEADER): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("名册");
  sheet.addRow(header);
  sheet.addRows(rows);
  await book.xlsx.writeFile(file);
}
