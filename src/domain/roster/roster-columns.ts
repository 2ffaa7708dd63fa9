// The roster's columns and the header words that name them, in Chinese and English. A header
// is read whatever its order, case, spaces or a note in brackets ("联系电话(手机)").

export type RosterField =
  | "seq" | "name" | "gender" | "grid" | "building" | "unit" | "room" | "phone" | "idNumber"
  | "politics" | "education" | "skills" | "fiveGood" | "excellent" | "title" | "note";

/** The template's columns, in order: the first word of each list is its header. */
export const ROSTER_COLUMNS: readonly { field: RosterField; words: readonly string[] }[] = [
  { field: "seq", words: ["序号", "编号", "no", "number", "#"] },
  { field: "name", words: ["姓名", "名字", "居民姓名", "name", "fullname", "residentname"] },
  { field: "gender", words: ["性别", "gender", "sex"] },
  { field: "grid", words: ["网格", "所属网格", "网格名称", "grid"] },
  { field: "building", words: ["楼栋", "楼号", "楼栋号", "栋", "幢", "building", "block"] },
  { field: "unit", words: ["单元", "单元号", "unit", "entrance"] },
  { field: "room", words: ["门牌号", "门牌", "房号", "房间号", "室", "room", "door", "flat", "apartment"] },
  { field: "phone", words: ["联系电话", "电话", "手机", "手机号", "手机号码", "联系方式", "phone", "mobile", "tel", "telephone", "phonenumber"] },
  { field: "idNumber", words: ["身份证号", "身份证", "身份证号码", "公民身份号码", "idnumber", "idcard", "idno", "id"] },
  { field: "politics", words: ["政治面貌", "politicalstatus", "politics", "party"] },
  { field: "education", words: ["学历", "文化程度", "education"] },
  { field: "skills", words: ["特长", "专长", "skills", "skill", "specialty", "speciality"] },
  { field: "fiveGood", words: ["五好家庭", "fivegoodfamily", "fivegood"] },
  { field: "excellent", words: ["优秀居民", "excellentresident", "excellent"] },
  { field: "title", words: ["职务职称", "职务", "职称", "title", "position", "jobtitle"] },
  { field: "note", words: ["备注", "note", "notes", "remarks", "remark"] },
];

const normalizeHeader = (h: string) =>
  h.normalize("NFKC").replace(/[((][^))]*[))]/g, "").replace(/[\s_\-.::*]/g, "").toLowerCase();

const BY_WORD = new Map(ROSTER_COLUMNS.flatMap((c) => c.words.map((w) => [normalizeHeader(w), c.field] as const)));

export interface HeaderMap {
  /** Column index → field. */
  fields: Map<number, RosterField>;
  /** Headers nobody knows (ignored). */
  unknown: string[];
  /** A field named by two columns: the first is used. */
  repeated: RosterField[];
}

export function readHeader(cells: readonly string[]): HeaderMap {
  const fields = new Map<number, RosterField>();
  const unknown: string[] = [];
  const repeated: RosterField[] = [];
  const seen = new Set<RosterField>();
  cells.forEach((cell, i) => {
    const text = cell.trim();
    if (!text) return;
    const field = BY_WORD.get(normalizeHeader(text));
    if (!field) unknown.push(text);
    else if (seen.has(field)) repeated.push(field);
    else {
      seen.add(field);
      fields.set(i, field);
    }
  });
  return { fields, unknown, repeated };
}
