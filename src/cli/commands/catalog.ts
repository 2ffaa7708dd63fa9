// `deedbank catalog export|import FILE`: the deed catalog as JSON or YAML (by file extension).
import { readFileSync, writeFileSync } from "node:fs";
import YAML from "yaml";
import { checkCatalog, exportCatalog, importCatalog } from "../../app/import-catalog.ts";
import type { App } from "../../create-app.ts";

const isYaml = (file: string) => /\.ya?ml$/i.test(file);

/** The community a CLI command acts on: --community SLUG, or the only one there is. */
export async function pickCommunity(app: App, slug: string | undefined): Promise<{ id: number; name: string }> {
  const found = await app.deps.store.read(async (r) => (slug ? [await r.communities.bySlug(slug)] : await r.communities.list()));
  const list = found.filter((c) => c !== null);
  if (slug && list.length === 0) throw new CliError(`no community "${slug}"; see \`deedbank communities\``);
  if (list.length === 0) throw new CliError("the database has no community yet: run `deedbank setup` (or `deedbank simulate --demo`)");
  if (list.length > 1) throw new CliError(`several communities: choose one with --community (${list.map((c) => c.slug).join(", ")})`);
  return list[0] as { id: number; name: string };
}

export class CliError extends Error {}

/** Writes data as YAML or JSON, by the file's extension; any other extension is refused, nothing written. */
export function writeDataFile(file: string, data: unknown): void {
  if (!/\.(json|ya?ml)$/i.test(file)) {
    throw new CliError(`this command writes .json or .yaml files; ${file} names another format, so nothing was written`);
  }
  writeFileSync(file, isYaml(file) ? YAML.stringify(data) : JSON.stringify(data, null, 2) + "\n");
}

/** A JSON or YAML file (by extension), parsed; a clear CliError if it cannot be read. */
export function readDataFile(file: string): unknown {
  try {
    const text = readFileSync(file, "utf8");
    return isYaml(file) ? YAML.parse(text) : JSON.parse(text);
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as Error).message}`);
  }
}

export async function catalogExport(app: App, file: string, slug?: string): Promise<string> {
  const community = await pickCommunity(app, slug);
  const catalog = await exportCatalog(app.deps, community.id);
  writeDataFile(file, catalog);
  return `${catalog.length} categories of ${community.name} → ${file}`;
}

export async function catalogImport(app: App, file: string, slug?: string): Promise<string> {
  const community = await pickCommunity(app, slug);
  const checked = checkCatalog(readDataFile(file));
  if (!checked.ok) throw new CliError(`${file} was not imported; nothing changed:\n  - ${checked.problems.join("\n  - ")}`);
  await importCatalog(app.deps, community.id, checked.catalog);
  return `${checked.catalog.length} categories imported into ${community.name}`;
}
