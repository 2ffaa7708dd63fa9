// Scores the report parser on a labelled JSON-lines file and says plainly what it scored.
//   npm run eval:parser -- FILE [FILE...] [--show-misses] [--by style|lang]
// Each line: {"id", "text", "sender", "lang"?, "style"?, "expect": {"isReport", "deeds"?, "doer"?}}
// (the format of ../shared/corpus/reports.dev.jsonl). Figures match ../shared/tools/score-parser.mjs:
// precision and recall of "is a report" (the sure lane, the one the group sees), exact = whole
// line right. Per lane: how many messages fell in it and how many of those were reports.
import { readFileSync } from "node:fs";
import { DEFAULT_CATALOG } from "../../src/domain/default-catalog.ts";
import { createParser, type ParseResult } from "../../src/domain/parser/index.ts";

interface Label {
  id: string;
  text: string;
  sender?: string;
  lang?: string;
  style?: string;
  expect: { isReport: boolean; deeds?: Array<{ category: string; quantity?: number }>; doer?: string | null };
}

const args = process.argv.slice(2);
const files = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--by");
const showMisses = args.includes("--show-misses");
const by = args.includes("--by") ? args[args.indexOf("--by") + 1] : undefined;
if (files.length === 0) {
  console.error("usage: npm run eval:parser -- FILE.jsonl [FILE...] [--show-misses] [--by style|lang]");
  process.exit(2);
}

const parse = createParser(DEFAULT_CATALOG);
const now = new Date("2025-11-03T12:00:00+08:00");
const key = (deeds: ReadonlyArray<{ category: string; quantity?: number }>): string =>
  JSON.stringify(deeds.map((d) => `${d.category}×${d.quantity ?? 1}`).sort());
const cats = (deeds: ReadonlyArray<{ category: string }>): string => JSON.stringify(deeds.map((d) => d.category).sort());
const norm = (s: string | null | undefined): string | null => s?.replace(/^@/, "").trim() || null;

interface Tally { n: number; tp: number; fp: number; fn: number; exact: number; cat: number; doer: number }
const blank = (): Tally => ({ n: 0, tp: 0, fp: 0, fn: 0, exact: 0, cat: 0, doer: 0 });
const lanes = new Map<ParseResult["lane"], { n: number; reports: number; exact: number; confidence: number }>();
const groups = new Map<string, Tally>();
const f3 = (x: number): string => x.toFixed(3);
const ratio = (a: number, b: number): number => (b ? a / b : 1);

function line(name: string, t: Tally): string {
  return `${name}: lines ${t.n}  precision ${f3(ratio(t.tp, t.tp + t.fp))}  recall ${f3(ratio(t.tp, t.tp + t.fn))}  ` +
    `category ${f3(ratio(t.cat, t.tp))}  doer ${f3(ratio(t.doer, t.tp))}  exact ${f3(ratio(t.exact, t.n))}  (tp ${t.tp} fp ${t.fp} fn ${t.fn})`;
}

for (const file of files) {
  const labels = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Label);
  const all = blank();
  for (const l of labels) {
    const parsed = parse({ text: l.text, sender: l.sender, now });
    // A parser from before the lanes had only isReport.
    const got = { ...parsed, lane: parsed.lane ?? (parsed.isReport ? "sure" : "no") };
    const want = l.expect;
    const lane = lanes.get(got.lane) ?? { n: 0, reports: 0, exact: 0, confidence: 0 };
    lanes.set(got.lane, lane);
    lane.n++;
    lane.confidence += got.confidence;
    if (want.isReport) lane.reports++;
    const tallies = [all];
    if (by) {
      const g = String((l as unknown as Record<string, unknown>)[by] ?? "?");
      if (!groups.has(g)) groups.set(g, blank());
      tallies.push(groups.get(g) as Tally);
    }
    const miss = (why: string): void => {
      if (showMisses) console.log(`  ${l.id} ${why}: ${l.text}  → ${got.lane} ${key(got.deeds)} ${got.doer ?? ""}`);
    };
    for (const t of tallies) t.n++;
    if (!want.isReport) {
      if (got.isReport) { for (const t of tallies) t.fp++; miss("false report"); } else { for (const t of tallies) t.exact++; if (got.lane === "no") lane.exact++; }
      continue;
    }
    if (!got.isReport) { for (const t of tallies) t.fn++; miss("missed"); continue; }
    const catOk = cats(want.deeds ?? []) === cats(got.deeds);
    const doerOk = norm(want.doer) === norm(got.doer);
    const ok = key(want.deeds ?? []) === key(got.deeds) && doerOk;
    for (const t of tallies) { t.tp++; if (catOk) t.cat++; if (doerOk) t.doer++; if (ok) t.exact++; }
    if (ok) lane.exact++;
    else miss(`wrong (want ${key(want.deeds ?? [])} ${want.doer ?? ""})`);
  }
  console.log(`file ${file}: ${labels.length} lines, ${labels.filter((l) => l.expect.isReport).length} reports`);
  console.log(line("all", all));
  for (const [g, t] of [...groups].sort()) console.log(line(`  ${by}=${g}`, t));
  groups.clear();
  for (const name of ["sure", "doubtful", "no"] as const) {
    const l = lanes.get(name) ?? { n: 0, reports: 0, exact: 0, confidence: 0 };
    const share = name === "no" ? `chatter ${f3(ratio(l.n - l.reports, l.n))}` : `reports ${f3(ratio(l.reports, l.n))}`;
    const conf = name === "no" ? "" : `, mean confidence ${f3(l.n ? l.confidence / l.n : 0)}`;
    console.log(`  lane ${name.padEnd(8)} ${String(l.n).padStart(4)} messages, ${share}${conf}`);
  }
  lanes.clear();
}
