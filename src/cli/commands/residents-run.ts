// The bodies of `deedbank residents template|import|export`, loaded only when one of them runs
// (residents.ts mounts them; exceljs loads later still, only for a spreadsheet).
import type { Writable } from "node:stream";
import { phoneHasher } from "../../app/hash-phone.ts";
import { importRoster, type ImportRosterSummary } from "../../app/import-roster.ts";
import type { RowIssue } from "../../domain/roster/read-roster.ts";
import type { App } from "../../create-app.ts";
import { translator, type Translate } from "../../i18n/index.ts";
import { loadPhoneSecret } from "../../storage/phone-secret.ts";
import { progressBar } from "../roster/progress-bar.ts";
import { tableFormat } from "../roster/table-format.ts";
import { CliError, pickCommunity } from "./catalog.ts";

// exceljs takes a moment to load: only the commands that read or write a spreadsheet load it.
const sheets = () => Promise.all([import("../roster/read-table.ts"), import("../roster/write-template.ts"), import("../roster/export-residents.ts")])
  .then(([read, template, exp]) => ({ ...read, ...template, ...exp }));

export interface ImportOpts { db?: string; community?: string; dryRun?: boolean; json?: boolean; createGrids?: boolean }

export async function residentsTemplate(file: string, print: (text: string) => void): Promise<void> {
  if (!/\.xlsx$/i.test(file)) throw new CliError(`the template is an Excel file: give a name ending in .xlsx, not ${file}`);
  await (await sheets()).writeTemplate(file);
  print(translator(localeOf()).call(null, "register.template", { file }));
}

export async function residentsImport(app: App, file: string, opts: ImportOpts, stdout: Writable, print: (text: string) => void): Promise<void> {
  tableFormat(file, "residents import");
  const t = translator(app.config.locale);
  const community = await pickCommunity(app, opts.community);
  const table = await (await sheets()).readTable(file);
  const bar = progressBar(stdout, t("register.progress"), !opts.json && Boolean((stdout as { isTTY?: boolean }).isTTY));
  const summary = await importRoster(app.deps, {
    communityId: community.id, file: table, dryRun: Boolean(opts.dryRun), createGrids: Boolean(opts.createGrids),
    hashPhone: phoneHasher(loadPhoneSecret(app.config.phoneSecret, app.db.file)),
    removalReason: t("register.removalReason"), onProgress: (d, n) => bar.update(d, n),
  });
  bar.end();
  if (summary.fatal) throw new CliError(`${file}: ${issueText(t, summary.fatal)}`);
  print(opts.json ? JSON.stringify(toJson(t, summary)) : renderSummary(t, summary, Boolean(opts.dryRun)));
}

export async function residentsExport(app: App, file: string, opts: { community?: string }, print: (text: string) => void): Promise<void> {
  const format = tableFormat(file, "residents export");
  const community = await pickCommunity(app, opts.community);
  const count = await (await sheets()).exportResidents(app, community.id, file, format);
  print(translator(app.config.locale)("register.exported", { count, file }));
}

const localeOf = () => (/^en/i.test(process.env.DEEDBANK_LOCALE ?? "") ? "en" : "zh-CN");

const issueText = (t: Translate, i: RowIssue) => t(`register.reason.${i.code}`, i.params);

export function toJson(t: Translate, s: ImportRosterSummary) {
  const rows = (list: RowIssue[]) => list.map((i) => ({ row: i.row, reason: issueText(t, i) }));
  return { created: s.created, updated: s.updated, unchanged: s.unchanged, rejected: rows(s.rejected), warnings: rows(s.warnings), households: s.households };
}

function renderSummary(t: Translate, s: ImportRosterSummary, dry: boolean): string {
  const lines = [t("register.summary", {
    dry: dry ? "yes" : "no", created: s.created, updated: s.updated, unchanged: s.unchanged,
    rejected: s.rejected.length, warnings: s.warnings.length, households: s.households,
  })];
  lines.push(t("register.summaryAwards", { added: s.awardsAdded, removed: s.awardsRemoved }));
  if (s.gridsCreated.length > 0) lines.push(t("register.summaryGrids", { grids: s.gridsCreated.join("、") }));
  for (const [title, list] of [["register.rejectedTitle", s.rejected], ["register.warningsTitle", s.warnings]] as const) {
    if (list.length === 0) continue;
    lines.push(t(title));
    for (const i of list.slice(0, 20)) lines.push(t("register.row", { row: i.row, reason: issueText(t, i) }));
    if (list.length > 20) lines.push(t("register.more", { count: list.length - 20 }));
  }
  return lines.join("\n");
}
