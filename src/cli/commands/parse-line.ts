// One line of `deedbank parse --jsonl` and its answer line: shared by the command's own thread
// and its worker threads, so both answer every line alike.
import type { ParseResult, ReportParser } from "../../domain/parser/index.ts";

interface JsonlRow { id?: unknown; text?: unknown; sender?: unknown }

/** The answer line "not a report" after its id, made once: most lines of chat get it. */
const NOT_A_REPORT_TAIL = ',"isReport":false,"lane":"no","deeds":[],"doer":null,"doers":[],"when":null,"where":null,"confidence":0}\n';

/** The answer to one input line ("" for a blank line); `error` when the line is not a JSON object with a text. */
export function answerLine(parser: ReportParser, line: string, lineNo: number, now: Date): { answer: string; error: boolean } {
  if (!line.trim()) return { answer: "", error: false };
  let row: JsonlRow;
  try {
    row = JSON.parse(line) as JsonlRow;
    if (typeof row !== "object" || row === null || typeof row.text !== "string") {
      throw new Error('expected an object with a "text" string');
    }
  } catch (e) {
    return { answer: JSON.stringify({ line: lineNo, error: `line ${lineNo}: ${(e as Error).message}` }) + "\n", error: true };
  }
  const r = parser({ text: row.text, sender: typeof row.sender === "string" ? row.sender : undefined, now });
  if (r.lane === "no" && r.deeds.length === 0 && r.doer === null && r.doers.length === 0 && r.when === null && r.where === null && r.confidence === 0 && !r.isReport) {
    return { answer: '{"id":' + JSON.stringify(row.id ?? null) + NOT_A_REPORT_TAIL, error: false };
  }
  return { answer: '{"id":' + JSON.stringify(row.id ?? null) + answerTail(r), error: false };
}

/** A JSON string or null. */
const str = (s: string | null): string => (s === null ? "null" : JSON.stringify(s));
/** A JSON number (JSON.stringify writes a non-finite number as null). */
const num = (n: number): string => (Number.isFinite(n) ? String(n) : "null");

/**
 * The answer after its id, written field by field: the same text as JSON.stringify of the
 * object, which cost as much as reading and writing the line itself (one object and a walk
 * over its keys per answer).
 */
function answerTail(r: ParseResult): string {
  let deeds = "";
  for (const d of r.deeds) deeds += (deeds ? "," : "") + '{"category":' + JSON.stringify(d.category) + ',"quantity":' + num(d.quantity) + ',"points":' + num(d.points) + "}";
  let doers = "";
  for (const d of r.doers) doers += (doers ? "," : "") + str(d);
  return ',"isReport":' + String(r.isReport) + ',"lane":' + JSON.stringify(r.lane) + ',"deeds":[' + deeds + '],"doer":' + str(r.doer) +
    ',"doers":[' + doers + '],"when":' + str(r.when) + ',"where":' + str(r.where) + ',"confidence":' + num(r.confidence) + "}\n";
}

/** A batch of lines answered at once (what a worker thread does with each batch it is sent). */
export function answerLines(parser: ReportParser, lines: readonly string[], firstLineNo: number, now: Date): { text: string; errors: number } {
  let text = "";
  let errors = 0;
  for (let i = 0; i < lines.length; i++) {
    const a = answerLine(parser, lines[i] ?? "", firstLineNo + i, now);
    text += a.answer;
    if (a.error) errors++;
  }
  return { text, errors };
}
