// What importing a catalog file (deed categories, or fixed-points categories) changes: pure,
// so the summary shown to the admin is exactly what is written. Categories left out of the file are kept as they are unless the admin
// asks to retire them (a partial file is not a delete); retired ones stay in the database,
// so old reports keep their category.

/** A category of either catalog: a stable code and whether it is in use. */
export interface CatalogEntry { code: string; active: boolean }

export interface CatalogChanges {
  added: string[];
  changed: string[];
  /** Active before, left out of the file and retired (only with retireMissing). */
  retired: string[];
  /** Left out of the file and kept as they were. */
  kept: string[];
  unchanged: string[];
}

/** JSON with sorted keys and no undefined values: two equal categories give the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * The catalog to save (the file's categories in its order, then those left out) and what
 * changed. A category left out that was already retired is neither kept nor retired.
 */
export function planCatalogImport<T extends CatalogEntry>(
  current: readonly T[], file: readonly T[], retireMissing: boolean,
): { save: T[]; changes: CatalogChanges } {
  const before = new Map(current.map((c) => [c.code, c]));
  const inFile = new Set(file.map((c) => c.code));
  const changes: CatalogChanges = { added: [], changed: [], retired: [], kept: [], unchanged: [] };
  for (const c of file) {
    const old = before.get(c.code);
    if (!old) changes.added.push(c.code);
    else if (canonical(old) === canonical(c)) changes.unchanged.push(c.code);
    else changes.changed.push(c.code);
  }
  const leftOut = current.filter((c) => !inFile.has(c.code));
  for (const c of leftOut) {
    if (!c.active) continue;
    (retireMissing ? changes.retired : changes.kept).push(c.code);
  }
  const save = [...file, ...leftOut.map((c) => (retireMissing ? { ...c, active: false } : c))];
  return { save, changes };
}
