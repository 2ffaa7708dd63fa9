// Reads a roster's rows (cells as text, each with its spreadsheet row number) into people,
// rejected rows and warnings. Grids, households and who is already registered are the
// use case's business; this only reads and checks each row by itself.
import { normalizePhone } from "./phone.ts";
import { readHeader, type RosterField } from "./roster-columns.ts";

export interface RosterPerson {
  /** The spreadsheet's row number (the header is row 1 in a file that starts with it). */
  row: number;
  name: string;
  gender: string | null;
  grid: string;
  building: string;
  unit: string;
  room: string;
  /** Normalised; null when none was given or it was not a phone number. */
  phone: string | null;
  politics: string | null;
  education: string | null;
  skills: string[];
  fiveGood: boolean;
  excellent: boolean;
  title: string | null;
  note: string | null;
}

/** A stable code (an i18n key under register.reason.*) and its values. */
export interface RowIssue { row: number; code: RosterIssueCode; params?: Record<string, string | number> }
export type RosterIssueCode =
  | "noName" | "noAddress" | "noGrid" | "unknownGrid" | "badPhone" | "duplicate" | "tooManySkills"
  | "idIgnored" | "unknownColumn" | "repeatedColumn" | "noNameColumn" | "empty";

export interface RosterRows { header: { row: number; cells: string[] }; rows: { row: number; cells: string[] }[] }

export interface ReadRoster {
  people: RosterPerson[];
  rejected: RowIssue[];
  warnings: RowIssue[];
  /** The file cannot be read as a roster at all (no 姓名 column). */
  fatal: RowIssue | null;
  /** How many 身份证号 values were in the file (never kept). */
  idValues: number;
}

const YES = /^(是|有|√|✓|✔|y|yes|true|1|★|☆|五好家庭|优秀居民)$/i;
const clean = (s: string | undefined) => (s ?? "").normalize("NFKC").replace(/\s+/g, " ").trim();
const orNull = (s: string) => (s === "" ? null : s);
/** 3栋 → 3, 2单元 → 2, 301室 → 301: the same address however it is written. */
const addressPart = (s: string, suffix: RegExp) => clean(s).replace(/\s/g, "").replace(suffix, "");

export function splitSkills(text: string): string[] {
  return [...new Set(clean(text).split(/[、,,;;/|\s]+/).map((s) => s.trim()).filter((s) => s && !/^(无|没有|none|-)$/i.test(s)))];
}

export function readRoster(input: RosterRows): ReadRoster {
  const header = readHeader(input.header.cells);
  const out: ReadRoster = { people: [], rejected: [], warnings: [], fatal: null, idValues: 0 };
  const h = input.header.row;
  for (const text of header.unknown) out.warnings.push({ row: h, code: "unknownColumn", params: { column: text } });
  for (const field of header.repeated) out.warnings.push({ row: h, code: "repeatedColumn", params: { column: field } });
  const fields = [...header.fields.values()];
  if (!fields.includes("name")) {
    out.fatal = { row: h, code: "noNameColumn" };
    return out;
  }
  const index = new Map([...header.fields].map(([i, f]) => [f, i] as const));
  const cell = (cells: string[], f: RosterField) => {
    const i = index.get(f);
    return i === undefined ? "" : clean(cells[i]);
  };
  for (const { row, cells } of input.rows) {
    if (cells.every((c) => clean(c) === "")) continue;
    if (cell(cells, "idNumber")) out.idValues++;
    const name = cell(cells, "name").replace(/\s/g, "");
    if (!name) {
      out.rejected.push({ row, code: "noName" });
      continue;
    }
    const building = addressPart(cell(cells, "building"), /(号楼|栋|幢|号)$/);
    const unit = addressPart(cell(cells, "unit"), /单元$/);
    const room = addressPart(cell(cells, "room"), /(室|号)$/);
    if (!building && !room) {
      out.rejected.push({ row, code: "noAddress", params: { name } });
      continue;
    }
    const rawPhone = cell(cells, "phone");
    const phone = rawPhone ? normalizePhone(rawPhone) : null;
    if (rawPhone && !phone) out.warnings.push({ row, code: "badPhone", params: { name } });
    out.people.push({
      row, name, building, unit, room, phone,
      grid: cell(cells, "grid"),
      gender: orNull(cell(cells, "gender")),
      politics: orNull(cell(cells, "politics")),
      education: orNull(cell(cells, "education")),
      skills: splitSkills(cell(cells, "skills")),
      fiveGood: YES.test(cell(cells, "fiveGood")),
      excellent: YES.test(cell(cells, "excellent")),
      title: orNull(cell(cells, "title")),
      note: orNull(cell(cells, "note")),
    });
  }
  if (out.idValues > 0 || fields.includes("idNumber")) out.warnings.unshift({ row: h, code: "idIgnored", params: { count: out.idValues } });
  return out;
}

/** Two rows of one person: the later one fills what the earlier left empty. */
export function mergePeople(a: RosterPerson, b: RosterPerson): RosterPerson {
  const pick = <T>(x: T | null, y: T | null) => x ?? y;
  return {
    ...a,
    phone: pick(a.phone, b.phone), gender: pick(a.gender, b.gender), politics: pick(a.politics, b.politics),
    education: pick(a.education, b.education), title: pick(a.title, b.title), note: pick(a.note, b.note),
    skills: [...new Set([...a.skills, ...b.skills])],
    fiveGood: a.fiveGood || b.fiveGood, excellent: a.excellent || b.excellent,
  };
}
