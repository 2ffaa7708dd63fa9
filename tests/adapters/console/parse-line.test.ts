import { describe, expect, it } from "vitest";
import { parseLine } from "../../../src/adapters/console/parse-line.ts";

describe("parseLine", () => {
  it.each([
    ["张秀英: 早上撕了3张小广告", { kind: "say", name: "张秀英", text: "早上撕了3张小广告", replyTo: null }],
    ["张秀英:全角冒号", { kind: "say", name: "张秀英", text: "全角冒号", replyTo: null }],
    ["王敏 > 3: 通过", { kind: "say", name: "王敏", text: "通过", replyTo: 3 }],
    ["王敏>[12]: ok", { kind: "say", name: "王敏", text: "ok", replyTo: 12 }],
    ["Anna: time: 9:00", { kind: "say", name: "Anna", text: "time: 9:00", replyTo: null }],
    ["王敏 > #12: 通过", { kind: "say", name: "王敏", text: "通过", replyTo: null, report: 12 }],
    ["王敏>＃7:ok", { kind: "say", name: "王敏", text: "ok", replyTo: null, report: 7 }],
    [":时间 2026-12-07 09:00", { kind: "time", arg: "2026-12-07 09:00" }],
    [":time +3d", { kind: "time", arg: "+3d" }],
    [":时间", { kind: "time", arg: null }],
    [":群 二网格", { kind: "group", group: "二网格" }],
    [":group auto", { kind: "group", group: null }],
    [":退出", { kind: "quit" }],
    [":who", { kind: "who" }],
    ["", { kind: "empty" }],
    ["no colon here", { kind: "bad" }],
    ["张秀英:   ", { kind: "bad" }],
    [":dance", { kind: "bad" }],
  ])("%j", (line, expected) => {
    expect(parseLine(line)).toEqual(expected);
  });
});
