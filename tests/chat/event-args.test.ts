// Reading `活动 …` / `/event …` arguments (issue 11): open, add by name, close.
import { describe, expect, it } from "vitest";
import { parseEventArgs } from "../../src/chat/commands/event.ts";
import { eventNumberOf } from "../../src/chat/event-args.ts";

describe("parseEventArgs", () => {
  it.each([
    ["中秋晚会 集体活动", { kind: "open", title: "中秋晚会", category: "集体活动" }],
    ["中秋晚会 collective_activity", { kind: "open", title: "中秋晚会", category: "collective_activity" }],
    ["大扫除 志愿 2小时", { kind: "open", title: "大扫除", category: "志愿", hours: 2 }],
    ["大扫除 志愿 2 小时", { kind: "open", title: "大扫除", category: "志愿", hours: 2 }],
    ["Spring cleanup volunteer_service 3h", { kind: "open", title: "Spring cleanup", category: "volunteer_service", hours: 3 }],
    ["E3 加 张秀英 刘建国", { kind: "add", number: 3, names: ["张秀英", "刘建国"] }],
    ["E3 加 张秀英、刘建国", { kind: "add", number: 3, names: ["张秀英", "刘建国"] }],
    ["e3 add @张秀英", { kind: "add", number: 3, names: ["张秀英"] }],
    ["close E3", { kind: "close", number: 3 }],
    ["很精彩", null],
    ["E3", null],
    ["E3 加", null],
    ["close 3", null],
  ])("%j", (args, expected) => {
    expect(parseEventArgs(args)).toEqual(expected);
  });

  it("reads E-numbers, full-width too, and never a bare number", () => {
    expect([eventNumberOf("E3"), eventNumberOf("ｅ１２"), eventNumberOf("#E7"), eventNumberOf("3"), eventNumberOf("E")]).toEqual([3, 12, 7, null, null]);
  });
});
