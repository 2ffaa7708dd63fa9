// Replies never decide another report (issue 11), shown in simulator transcripts: the card
// replied to names the report, a bare number is points, a number naming another report is
// refused or asked back, a reply to the 待审核 list asks which one, decision words work in both
// languages, and staff get a usage hint for a mistyped command while residents' chatter stays silent.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rawRun } from "../helpers/raw-sql.ts";
import { ledgerSum, testApp, type TestApp } from "../helpers/test-app.ts";

let app: TestApp;
beforeEach(async () => {
  app = await testApp();
});
afterEach(async () => {
  await app.dispose();
});

/** Two pending reports in 一网格: #1 by 张秀英 (bot message [1]), #2 by 刘建国 (bot message [2]). */
const TWO_CARDS = ["张秀英: 早上撕了3张小广告", "刘建国: 巡逻了2小时"];

/** The bot's answer printed right after a line of the transcript (its first line of text). */
function answerTo(transcript: string, line: string): string {
  const lines = transcript.split("\n");
  const at = lines.lastIndexOf(line);
  if (at < 0) throw new Error(`no line ${line}`);
  const next = lines[at + 1] ?? "";
  return next.includes("🤖") ? (lines[at + 2] ?? "").trim() : "";
}

describe("a reply to a card decides that card's report only", () => {
  it("王敏 > 2: 通过 1 asks back (1 is also pending #1) and credits nobody; 通过 1分 then gives #2 one point", async () => {
    const out = await app.chat([...TWO_CARDS, "王敏 > 2: 通过 1", "陈志强 > 2: 好的 1", "王敏 > 3: 通过 1分", "王敏 > 2: 通过 1分", "王敏: 待审核"]);
    expect(answerTo(out, "王敏 > 2: 通过 1")).toBe("#2:1 也是待审核申报 #1 的编号,所以没有处理。要给 #2 记 1 分,请在它的卡片上回“通过 1分”,或直接发“通过 2 1”;要审 #1,请回复它的卡片,或直接发“通过 1”");
    // The question is no card: a reply to it proves nothing about the sender, so it decides nothing.
    expect(answerTo(out, "王敏 > 3: 通过 1分")).toBe("您回复的是一份列表(#2 #1),是哪一条?请写上编号,比如“通过 2”");
    // A resident's plain agreement stays silent, whatever number it carries; the grid worker
    // then replies to the card itself.
    expect(answerTo(out, "陈志强 > 2: 好的 1")).toBe("");
    expect(out).toContain("✅ #2 已通过:刘建国 +1 分");
    expect(out).toMatch(/待审核 1 条[^\n]*\n\s+#1 张秀英/);
    expect(await ledgerSum(app, "张秀英")).toBe(0);
    expect(await ledgerSum(app, "刘建国")).toBe(1);
  });

  it("a bare number in a reply is points: 通过 8 on card #1 gives #1 eight points", async () => {
    const out = await app.chat([...TWO_CARDS, "王敏 > 1: 通过 8"]);
    expect(out).toContain("✅ #1 已通过:张秀英 +8 分");
    expect(await ledgerSum(app, "张秀英")).toBe(8);
    expect(await ledgerSum(app, "刘建国")).toBe(0);
  });

  it("通过 #1 on card #2 is refused with the reason; #2 on card #2 is the card itself", async () => {
    const out = await app.chat([...TWO_CARDS, "王敏 > 2: 通过 #1", "王敏 > 2: ok #2"]);
    expect(answerTo(out, "王敏 > 2: 通过 #1")).toBe("#2:您回复的是这张卡片,却写了 1,所以没有处理:回复卡片只决定这张卡片。要处理 #1,请回复它的卡片,或不回复、直接发带编号的命令,如“通过 1”");
    expect(out).toContain("✅ #2 已通过:刘建国 +4 分");
    expect(await ledgerSum(app, "张秀英")).toBe(0);
  });

  it("the card's own number alone is asked back (points or the report?); with points after it, it is the report", async () => {
    const out = await app.chat([...TWO_CARDS, "王敏 > 2: 通过 2", "王敏 > 2: 通过 2 5"]);
    expect(answerTo(out, "王敏 > 2: 通过 2")).toBe("#2:回复卡片时数字算分数,2 是分数还是编号?要给 #2 记 2 分,请在卡片上回“通过 2分”,或直接发“通过 2 2”;按建议分通过,只回“通过”");
    expect(out).toContain("✅ #2 已通过:刘建国 +5 分");
    expect(await ledgerSum(app, "刘建国")).toBe(5);
  });

  it("驳回 and 撤销 in a reply never reach another report", async () => {
    const out = await app.chat([...TWO_CARDS, "王敏 > 2: 驳回 1 重复了", "王敏 > 2: 驳回 2 重复了", "王敏: 通过 1", "王敏 > 2: 撤销 1 弄错了"]);
    expect(answerTo(out, "王敏 > 2: 驳回 1 重复了")).toContain("#2:您回复的是这张卡片,却写了 1,所以没有处理");
    expect(out).toContain("❌ #2 未通过:重复了");
    expect(out).not.toContain("❌ #1");
    expect(out).toContain("✅ #1 已通过:张秀英 +6 分");
    expect(answerTo(out, "王敏 > 2: 撤销 1 弄错了")).toContain("#2:您回复的是这张卡片,却写了 1,所以没有处理");
    expect(await ledgerSum(app, "张秀英")).toBe(6);
  });
});

describe("a reply to the 待审核 list", () => {
  it("asks which one, and takes the number given; a list of one item is like its card", async () => {
    const out = await app.chat([...TWO_CARDS, "王敏: 待审核", "王敏 > 3: 通过", "王敏 > 4: 通过", "王敏 > 3: 通过 2", "王敏: 待审核", "王敏 > 7: 通过"]);
    expect(answerTo(out, "王敏 > 3: 通过")).toBe("您回复的是一份列表(#1 #2),是哪一条?请写上编号,比如“通过 1”");
    // The question names both: a reply to it asks again, it does not pick the first.
    expect(answerTo(out, "王敏 > 4: 通过")).toBe("您回复的是一份列表(#1 #2),是哪一条?请写上编号,比如“通过 1”");
    // Nothing was approved by the question: 通过 2 on the list then picks #2, and the list of one approves it.
    expect(out).toContain("✅ #2 已通过:刘建国 +4 分");
    expect(out).toMatch(/待审核 1 条[^\n]*\n\s+#1 张秀英/);
    expect(out).toContain("✅ #1 已通过:张秀英 +6 分");
    expect(out.indexOf("✅ #2")).toBeLessThan(out.indexOf("✅ #1"));
  });
});

describe("decision words in both languages, in replies and as commands", () => {
  it("a bare reject … reply to an English card is handled; approve, OK, reject and /通过 work as commands", async () => {
    const out = await app.chat([
      "Anna: /report donated blood today",
      "赵磊 > 1: reject not true",
      "李光喜: 今天去献了血",
      "赵磊: Approve 2",
      "Anna: /report removed 3 flyers this morning",
      "赵磊 > 5: OK",
      "李光喜: 扶老人过马路",
      "赵磊: /驳回 4 不是本周的事",
      // Whole words only: "okay" and "approved" are not commands.
      "李光喜: 今天又去献了血",
      "赵磊 > 9: okay then",
      "赵磊: approved by whom? 5",
    ]);
    expect(out).toContain("❌ #1 not approved: not true");
    expect(out).toContain("✅ #2 已通过:李光喜 +10 分");
    expect(out).toContain("✅ #3 approved: Anna +6");
    expect(out).toContain("❌ #4 未通过:不是本周的事");
    expect(out).toContain("📝 #5 李光喜");
    expect(answerTo(out, "赵磊 > 9: okay then")).toBe("");
    expect(out).not.toContain("#5 已通过");
  });

  it("a new English speaker gets English cards once their language is known from an English report", async () => {
    const out = await app.chat([":群 一网格", "Tom: removed 3 flyers this morning", "王敏 > 1: 通过", "Tom: 今天去献了血"]);
    expect(out).toContain("📝 #1 Tom removing illegal flyers ×3, suggested 6 points, awaiting review");
    expect(out).toContain("✅ #1 approved: Tom +6, 6 in total. Thank you!");
    // Known now: a later card for Tom is English too, whatever he writes.
    expect(out).toContain("📝 #2 Tom donating blood, suggested 10 points");
    // A resident the bot knows already gets an English card for an English report, but one
    // English message does not make their bot English for good.
    const known = await app.chat(["张秀英: /report donated blood today", "张秀英: 早上撕了3张小广告"]);
    expect(known).toContain("📝 #3 张秀英 donating blood, suggested 10 points");
    expect(known).toContain("📝 #4 张秀英 清理小广告 ×3,建议 6 分");
  });
});

describe("mistyped commands", () => {
  it("give staff a short usage hint, and residents' chatter silence", async () => {
    const staff = await app.chat(["王敏: /aprove 26", "王敏: 通过 abc", "王敏: 排行榜 昨天", "王敏: 通过社区活动认识了邻居", "王敏: 好的", "王敏: /weather@OtherBot"]);
    expect(answerTo(staff, "王敏: /aprove 26")).toBe("没有 /aprove 这个命令,是不是 /approve?发“帮助”看全部命令");
    expect(answerTo(staff, "王敏: 通过 abc")).toBe("格式:通过 编号 [分数]");
    expect(answerTo(staff, "王敏: 排行榜 昨天")).toBe("格式:排行榜 [上周|本月|本季|年度|总榜]");
    // A sentence that starts with 通过, and plain agreement, are not commands.
    expect(answerTo(staff, "王敏: 通过社区活动认识了邻居")).toBe("");
    expect(answerTo(staff, "王敏: 好的")).toBe("");
    expect(answerTo(staff, "王敏: /weather@OtherBot")).toBe("");

    const residents = await app.chat(["刘建国: /aprove 26", "刘建国: 通过 abc", "刘建国: 排行榜 昨天", "王桂兰: 通过"]);
    expect(residents).not.toContain("🤖");
  });

  it("hint in English for English-speaking staff", async () => {
    await rawRun(app, `UPDATE "ChatIdentity" SET locale = 'en' WHERE platform = 'console' AND "externalUserId" = ?`, ["赵磊"]);
    const out = await app.chat(["赵磊: /aprove 26", "赵磊: reject", "赵磊: /top yesterday"]);
    expect(answerTo(out, "赵磊: /aprove 26")).toBe("There is no /aprove command: did you mean /approve? Send /help for the list");
    expect(answerTo(out, "赵磊: reject")).toBe("Usage: /reject N reason");
    expect(answerTo(out, "赵磊: /top yesterday")).toBe("Usage: /top [lastweek|month|quarter|year|all]");
  });
});

describe("帮助 documents the reply rules", () => {
  it("in both languages", async () => {
    const out = await app.chat(["王敏: 帮助", "Anna: /help"]);
    expect(out).toContain("↩️ 回复卡片:卡片就是那条申报,“通过”“通过 8”(8 分)“驳回 原因”;回复待审核列表要写编号,如“通过 12”");
    expect(out).toContain("↩️ Replying to a card: the card is the report: \"ok\", \"ok 8\" (8 points), \"reject reason\"");
  });
});
