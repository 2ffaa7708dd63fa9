// The doubtful lane of a free-text report: stored for the grid worker, and no answer at all in
// the group (a doubtful message costs the group nothing). Not a command of its own: report.ts uses it.
import { holdPossibleReport } from "../../app/hold-possible-report.ts";
import type { SubmitReportInput } from "../../app/submit-report.ts";
import type { ChatContext } from "../context.ts";
import type { OutgoingMessage } from "../message.ts";

export async function holdQuietly(ctx: ChatContext, input: SubmitReportInput): Promise<OutgoingMessage[]> {
  await holdPossibleReport(ctx.deps, input);
  return [];
}
