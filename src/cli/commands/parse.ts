// `deedbank parse`: run the report parser on one text, or on JSON lines from stdin.
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { ReportParser } from "../../domain/parser/index.ts";

interface JsonlRow { id?: unknown; text?: unknown; sender?: unknown }

/** Answers are written in chunks of at most about this many characters. */
const CHUNK = 64 * 1024;

/** The answer line "not a report" after its id, made once: most lines of chat get it. */
const NOT_A_REPORT_TAIL = ',"isReport":false,"lane":"no","deeds":[],"doer":null,"doers":[],"when":null,"where":null,"confidence":0}\n';

/**
 * One output line per input line, in order; a bad line yields an error line and the run goes on.
 * Lines already read are answered in one write (one write per line costs as much as parsing a
 * short line); the batch goes out as soon as the input pauses, so a line-by-line caller still
 * gets each answer before sending the next line.
 */
export async function parseJsonl(parser: ReportParser, input: Readable, output: Writable): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let errors = 0;
  const now = new Date();
  let pending = "";
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    if (!pending) return;
    output.write(pending);
    pending = "";
  };
  const out = {
    write(s: string): void {
      pending += s;
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
  };
  // Whatever ends the run (the end of input, a broken stream), the answers already made go out.
  try {
    for await (const line of lines) {
      if (pending.length >= CHUNK) flush();
      if (output.writableNeedDrain) await new Promise<void>((resolve) => output.once("drain", resolve));
      lineNo++;
      if (!line.trim()) continue;
      let row: JsonlRow;
      try {
        row = JSON.parse(line) as JsonlRow;
        if (typeof row !== "object" || row === null || typeof row.text !== "string") {
          throw new Error('expected an object with a "text" string');
        }
      } catch (e) {
        errors++;
        out.write(JSON.stringify({ line: lineNo, error: `line ${lineNo}: ${(e as Error).message}` }) + "\n");
        continue;
      }
      const r = parser({ text: row.text, sender: typeof row.sender === "string" ? row.sender : undefined, now });
      if (r.lane === "no" && r.deeds.length === 0 && r.doer === null && r.doers.length === 0 && r.when === null && r.where === null && r.confidence === 0 && !r.isReport) {
        out.write('{"id":' + JSON.stringify(row.id ?? null) + NOT_A_REPORT_TAIL);
        continue;
      }
      out.write(
        JSON.stringify({
          id: row.id ?? null,
          isReport: r.isReport,
          lane: r.lane,
          deeds: r.deeds,
          doer: r.doer,
          doers: r.doers,
          when: r.when,
          where: r.where,
          confidence: r.confidence,
        }) + "\n",
      );
    }
  } finally {
    flush();
  }
  return errors;
}

export function formatParse(text: string, parser: ReportParser): string {
  const r = parser({ text, now: new Date() });
  return JSON.stringify(r, null, 2);
}
