// Several people doing one deed: the parser names them all (`doers`), and `doer` stays the first.
import { describe, expect, it } from "vitest";
import { parse } from "./table.ts";

describe("deeds done by several people", () => {
  it.each([
    ["我和刘建国、王桂兰一起在小区捡了垃圾", "张秀英", [null, "刘建国", "王桂兰"]],
    ["今天社区组织大扫除,张秀英、刘建国、王桂兰、陈志强都参加了,每人干了2个小时", "王敏", ["张秀英", "刘建国", "王桂兰", "陈志强"]],
    ["#好人好事 张秀英 刘建国 王桂兰 参加了社区集体活动", "王敏", ["张秀英", "刘建国", "王桂兰"]],
    ["刘建国和王桂兰一起打扫了楼道", "张秀英", ["刘建国", "王桂兰"]],
    // The sender named in the list is the sender.
    ["张秀英、刘建国都参加了社区集体活动", "张秀英", [null, "刘建国"]],
  ])("%s (from %s)", (text, sender, doers) => {
    const r = parse(text, sender);
    expect(r.isReport).toBe(true);
    expect(r.doers).toEqual(doers);
    expect(r.doer).toBe(doers[0]);
  });

  it.each([
    // People who received help are not doers.
    ["帮张大爷、李奶奶搬了东西", "张秀英"],
    // A companion joined by 和 alone: the sender's own deed, as before.
    ["昨天晚上七点半到十点我跟老王在小区里巡逻", "方红"],
    // An addressee before the sender is not a list.
    ["@网格员小刘 我昨天巡逻了两个小时 谢谢", "张秀英"],
    ["@王芳 我昨天巡逻了两个小时", "张秀英"],
  ])("one doer only: %s", (text, sender) => {
    const r = parse(text, sender);
    expect(r.doers).toHaveLength(1);
    expect(r.doers[0]).toBe(r.doer);
  });

  it("a message that is no report names nobody", () => {
    expect(parse("今天天气不错", "张秀英").doers).toEqual([]);
  });
});
