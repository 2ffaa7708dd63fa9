// Lone UTF-16 surrogates in a text, a name or an id are cleaned at the edge: the report is kept.
import { afterEach, describe, expect, it } from "vitest";
import { testApp, type TestApp } from "../helpers/test-app.ts";

let app: TestApp;
afterEach(async () => app?.dispose());

describe("lone surrogates", () => {
  it("a report with half an emoji in its text, the sender's name and id still gets its card", async () => {
    app = await testApp();
    const replies = await app.handle({
      platform: "console", chatId: "group:一网格", messageId: "m-\uD83D",
      sender: { id: "new-\uDE00", name: "小\uD83D明" }, text: "早上撕了3张小广告 \uD83D",
    });
    expect(replies.map((r) => r.text).join("\n")).toMatch(/#1/);
    const report = await app.deps.store.read((r) => r.reports.byNumber(1, 1));
    expect(report?.rawText).toContain("\uFFFD");
  });
});
