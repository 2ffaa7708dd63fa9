// `deedbank fixed export|import FILE`: the fixed-points categories as JSON or YAML.
import { getFixedCatalog } from "../../app/get-fixed-catalog.ts";
import { setFixedCatalog } from "../../app/set-fixed-catalog.ts";
import { checkFixedCatalog } from "../../domain/fixed-catalog.ts";
import type { App } from "../../create-app.ts";
import { CliError, readDataFile, summaryLines, writeDataFile } from "./catalog.ts";
import { rewardCommunity } from "./reward-community.ts";

export async function fixedExport(app: App, file: string, slug?: string): Promise<string> {
  const { community } = await rewardCommunity(app, slug);
  const catalog = await getFixedCatalog(app.deps, community.id);
  writeDataFile(file, catalog);
  return `${catalog.length} fixed-points categories of ${community.name} → ${file}`;
}

export async function fixedImport(app: App, file: string, slug?: string, opts: { retireMissing?: boolean } = {}): Promise<string> {
  const { community } = await rewardCommunity(app, slug);
  const checked = checkFixedCatalog(readDataFile(file));
  if (!checked.ok) throw new CliError(`${file} was not imported; nothing changed:\n  - ${checked.problems.join("\n  - ")}`);
  const changes = await setFixedCatalog(app.deps, community.id, checked.catalog, { retireMissing: opts.retireMissing ?? false });
  const n = checked.catalog.length;
  return [`${n} fixed-points ${n === 1 ? "category" : "categories"} imported into ${community.name} from ${file}:`, ...summaryLines(changes)].join("\n");
}
