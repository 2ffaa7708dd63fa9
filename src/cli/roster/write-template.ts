// `deedbank residents template FILE.xlsx`: an empty roster with the columns the import reads,
// and a short instructions sheet for whoever fills it in.
import ExcelJS from "exceljs";
import { ROSTER_COLUMNS } from "../../domain/roster/roster-columns.ts";

const INSTRUCTIONS = [
  ["怎么填这张名册(How to fill in this roster)"],
  [""],
  ["1. 一行一位居民。姓名必填;网格、楼栋、单元、门牌号是这户的住址(同一住址的人就是一户)。"],
  ["2. 网格要写系统里已有的网格名,如“一网格”;没有的先建,或导入时加 --create-grids。"],
  ["3. 联系电话:手机或带区号的座机。系统只保存加密后的指纹,用来认出同一个人,不保存号码本身。"],
  ["4. 身份证号:不需要填。填了也会被忽略,不会保存。"],
  ["5. 政治面貌:中共党员、共青团员、群众……;学历:大专、本科、研究生……;特长:多个用顿号分开,如 医疗、维修。"],
  ["6. 五好家庭、优秀居民:是 或 空着。五好家庭的固定积分给这一户的每个人。"],
  ["7. 职务职称:如 高级工程师、中级教师;备注里写“户主”可指定户主(否则第一位是户主)。"],
  ["8. 改了再导入就行:同一个人会被更新,不会重复;不再是党员等会撤销相应的固定积分,并写明原因。"],
  [""],
  ["例 Example: 1 | 王桂兰 | 女 | 一网格 | 3 | 2 | 301 | 13800138000 | | 中共党员 | 本科 | 剪纸 | 是 | | | 户主"],
];

export async function writeTemplate(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("名册");
  sheet.columns = ROSTER_COLUMNS.map((c) => ({
    header: c.words[0], key: c.field, width: c.field === "note" || c.field === "skills" ? 18 : c.field === "phone" || c.field === "idNumber" ? 16 : 10,
    // Text cells, so that Excel keeps a phone number's digits as typed.
    style: c.field === "phone" || c.field === "idNumber" || c.field === "room" ? { numFmt: "@" } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  const help = book.addWorksheet("填写说明");
  help.columns = [{ width: 110 }];
  for (const line of INSTRUCTIONS) help.addRow(line);
  help.getRow(1).font = { bold: true, size: 14 };
  await book.xlsx.writeFile(file);
}
