// `deedbank catalog export|import FILE`: the deed catalog as JSON or YAML (by file extension).
// An import adds and updates the file's categories and keeps the others unless
// --retire-missing is given; it prints what changed.
import { readFileSync, writeFileSync } from "node:fs";
import YAML from "yaml";
import { checkCatalog, exportCatalog, importCatalog, type CatalogChanges } from "../../app/import-catalog.ts";
import type { App } from "../../create-app.ts";

const isYaml = (file: string) => /\.ya?ml$/i.test(file);
/** The data-file extensions understood, by what they hold. */
export const DATA_FILE_EXTENSIONS = [".json", ".yaml", ".yml"] as const;

/** Refuses a file whose extension says neither JSON nor YAML (a .txt, a .csv ...), before reading it. */
export function checkDataFileExtension(file: string): void {
  const ext = /(\.[^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  if (ext && (DATA_FILE_EXTENSIONS as readonly string[]).includes(ext)) return;
  throw new CliError(
    `${file}: ${ext ? `"${ext}" is not a file type deedbank reads` : "the file name has no extension"}; ` +
      `use ${DATA_FILE_EXTENSIONS.slice(0, -1).join(", ")} or ${DATA_FILE_EXTENSIONS.at(-1)} (JSON or YAML)`,
  );
}

/** The community a CLI command acts on: --community SLUG, or the only one there is. */
export async function pickCommunity(app: App, slug: string | undefined): Promise<{ id: number; name: string }> {
  const found = await app.deps.store.read(async (r) => (slug ? [await r.communities.bySlug(slug)] : await r.communities.list()));
  const list = found.filter((c) => c !== null);
  if (slug && list.length === 0) throw new CliError(`no community "${slug}"; see \`deedbank communities\``);
  if (list.length === 0) throw new CliError("the database has no community yet: run `deedbank setup` (or `deedbank simulate --demo`)");
  if (list.length > 1) throw new CliError(`several communities: choose one with --community (${list.map((c) => c.slug).join(", ")})`);
  return list[0] as { id: number; name: string };
}

export { CliError } from "../cli-error.ts";
import { CliError } from "../cli-error.ts";

/** Writes data as YAML or JSON, by the file's extension. */
export function writeDataFile(file: string, data: unknown): void {
  checkDataFileExtension(file);
  writeFileSync(file, isYaml(file) ? YAML.stringify(data) : JSON.stringify(data, null, 2) + "\n");
}

/** A JSON or YAML file (by extension), parsed; a clear CliError if it cannot be read. */
export function readDataFile(file: string): unknown {
  checkDataFileExtension(file);
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

export async function catalogImport(app: App, file: string, slug?: string, opts: { retireMissing?: boolean } = {}): Promise<string> {
  const community = await pickCommunity(app, slug);
  const checked = checkCatalog(readDataFile(file));
  if (!checked.ok) throw new CliError(`${file} was not imported; nothing changed:\n  - ${checked.problems.join("\n  - ")}`);
  const changes = await importCatalog(app.deps, community.id, checked.catalog, { retireMissing: opts.retireMissing ?? false });
  const n = checked.catalog.length;
  return [`${n} ${n === 1 ? "category" : "categories"} imported into ${community.name} from ${file}:`, ...summaryLines(changes)].join("\n");
}

/** One line per kind of change, naming the categories; unchanged ones only counted. */
export function summaryLines(c: CatalogChanges): string[] {
  const named = (label: string, codes: string[]) => `  ${label}: ${codes.length}${codes.length > 0 ? ` (${codes.join(", ")})` : ""}`;
  return [
    named("added", c.added),
    named("changed", c.changed),
    named("retired", c.retired),
    named("kept, not in the file", c.kept) + (c.kept.length > 0 ? "; add --retire-missing to retire them" : ""),
    `  unchanged: ${c.unchanged.length}`,
  ];
}
