// `deedbank fixed export|import FILE`: the fixed-points categories as JSON or YAML.
import { readFileSync, writeFileSync } from "node:fs";
import YAML from "yaml";
import { getFixedCatalog } from "../../app/get-fixed-catalog.ts";
import { setFixedCatalog } from "../../app/set-fixed-catalog.ts";
import { checkFixedCatalog } from "../../domain/fixed-catalog.ts";
import type { App } from "../../create-app.ts";
import { CliError } from "./catalog.ts";
import { rewardCommunity } from "./reward-community.ts";

const isYaml = (file: string) => /\.ya?ml$/i.test(file);

export async function fixedExport(app: App, file: string, slug?: string): Promise<string> {
  const { community } = await rewardCommunity(app, slug);
  const catalog = await getFixedCatalog(app.deps, community.id);
  writeFileSync(file, isYaml(file) ? YAML.stringify(catalog) : JSON.stringify(catalog, null, 2) + "\n");
  return `${catalog.length} fixed-points categories of ${community.name} → ${file}`;
}

export async function fixedImport(app: App, file: string, slug?: string): Promise<string> {
  const { community } = await rewardCommunity(app, slug);
  let data: unknown;
  try {
    const text = readFileSync(file, "utf8");
    data = isYaml(file) ? YAML.parse(text) : JSON.parse(text);
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as Error).message}`);
  }
  const checked = checkFixedCatalog(data);
  if (!checked.ok) throw new CliError(`${file} was not imported; nothing changed:\n  - ${checked.problems.join("\n  - ")}`);
  await setFixedCatalog(app.deps, community.id, checked.catalog);
  return `${checked.catalog.length} fixed-points categories imported into ${community.name}`;
}
