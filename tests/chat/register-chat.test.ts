// 查询 / 登记 / 合并 / 排行榜 家庭 in the group chat, on the demo community.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { testApp, type TestApp } from "../helpers/test-app.ts";
import { rawAll, rawRun } from "../helpers/raw-sql.ts";

let app: TestApp;
beforeEach(async () => {
  app = await testApp();
});
afterEach(async () => {
  await app.dispose();
});

const idIn = (text: string, name: string) => Number(new RegExp(`${name}(?:\\(编号 |（编号 |\\(编号)(\\d+)`).exec(text)?.[1] ?? NaN);

describe("the register in the chat", () => {
  it("a grid worker registers a newcomer, looks them up, and a resident cannot", async () => {
    const out = await app.chat(["王敏: 登记 王小明 3栋2单元301", "王敏: 查询 王小明", "张秀英: 查询 王小明", "王敏: /register 王小明 3-2-301"]);
    expect(out).toMatch(/已登记 王小明\(编号 \d+\):一网格 3栋2单元301/);
    expect(out).toMatch(/1\. 王小明\(编号 \d+\)· 一网格 3栋2单元301\(户主\)· 0 分/);
    expect(out).toContain("这条要本网格的网格员来审核哦");
    expect(out).toMatch(/王小明 已经登记在这一户了/);
  });

  it("merging two records of one person: ledger rows stay, balance and ranking follow the kept record", async () => {
    await app.chat(["张秀英: 早上撕了3张小广告", "王敏: 通过 1"]);
    // The same person registered again in another grid (a second record), then merged by the admin.
    const reg = await app.chat(["赵磊: 登记 张秀英 5栋1单元102"]);
    const newId = idIn(reg, "张秀英");
    const found = await app.chat(["王敏: 查询 张秀英"]);
    expect(found).toMatch(/找到 2 位/);
    const oldId = [...found.matchAll(/张秀英\(编号 (\d+)\)/g)].map((m) => Number(m[1])).find((id) => id !== newId) as number;
    expect(await app.chat([`王敏: 合并 ${oldId} ${newId}`])).toContain("网格员");
    const merged = await app.chat([`周华: 合并 ${oldId} ${newId}`]);
    expect(merged).toContain(`编号 ${oldId}(张秀英)并入编号 ${newId}(张秀英)`);
    expect(merged).toMatch(/共 6 分/);
    expect(await app.chat(["张秀英: 我的积分"])).toMatch(/累计 6 分/);
    const top = await app.chat(["李光喜: 排行榜"]);
    expect(top.match(/张秀英/g)).toHaveLength(1);
    expect(await app.chat(["王敏: 查询 张秀英"])).toMatch(/找到 1 位[\s\S]*5栋1单元102\(户主\)· 6 分/);
    expect(await app.chat([`周华: 合并 ${oldId} ${newId}`])).toContain(`编号 ${oldId} 已经合并过了`);
    // The report's ledger row still names the old record: nothing was rewritten.
    expect(await rawAll(app, `SELECT "residentId" FROM "LedgerEntry" WHERE kind = 'deed'`)).toEqual([{ residentId: oldId }]);
    await expect(rawRun(app, `DELETE FROM "ResidentMerge"`)).rejects.toThrow(/append-only/);
    expect(await app.chat(["张秀英: 排行榜 家庭", "Anna: /top households"])).toMatch(/家庭排行榜[\s\S]*1\. 5栋1单元102 张秀英家 6 分[\s\S]*households ranking[\s\S]*1\. bldg 5, unit 1, room 102, the 张秀英 household: 6 points/);
  });
});
