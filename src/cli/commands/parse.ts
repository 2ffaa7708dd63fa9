// `deedbank parse`: run the report parser on one text, or on JSON lines from stdin.
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { ReportParser } from "../../domain/parser/index.ts";

interface JsonlRow { id?: unknown; text?: unknown; sender?: unknown }

/** One output line per input line, in order; a bad line yields an error line and the run goes on. */
export async function parseJsonl(parser: ReportParser, input: Readable, output: Writable): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let errors = 0;
  const now = new Date();
  for await (const line of lines) {
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
      output.write(JSON.stringify({ line: lineNo, error: `line ${lineNo}: ${(e as Error).message}` }) + "\n");
      continue;
    }
    const r = parser({ text: row.text, sender: typeof row.sender === "string" ? row.sender : undefined, now });
    output.write(
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
  return errors;
}

export function formatParse(text: string, parser: ReportParser): string {
  const r = parser({ text, now: new Date() });
  return JSON.stringify(r, null, 2);
}
