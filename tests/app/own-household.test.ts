// Staff never award points to themselves or their own household, by any path: fixed points,
// a report by someone else about them (a proxy), or naming them as the doer when approving.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { testApp, type TestApp } from "../helpers/test-app.ts";
import { pointsOf, residentId } from "../helpers/rewards.ts";

let app: TestApp;
beforeEach(async () => {
  app = await testApp();
  // 刘建国 (household 2栋301 with 王桂兰) is appointed grid worker of 一网格
  const id = await residentId(app, "刘建国");
  await app.deps.store.write(async (r) => r.roles.grant(id, 1, "grid_worker", (await r.grids.byName(1, "一网格"))!.id));
});
afterEach(async () => app.dispose());

const total = async (name: string) => {
  const p = await pointsOf(app, name);
  return p.dynamic + p.fixed;
};

describe("a grid worker's own household", () => {
  it("gets no fixed points from him (五好家庭 would have reached himself too)", async () => {
    const out = await app.chat(["刘建国: 固定积分 @王桂兰 五好家庭"]);
    expect(out).toContain("自己家里人");
    expect(await total("刘建国")).toBe(0);
    expect(await total("王桂兰")).toBe(0);
  });

  it("gets no deed points from him, through a neighbour's report or a doer correction; another worker may approve", async () => {
    const out = await app.chat([
      "张秀英: 表扬2栋王桂兰,撕了5张小广告",
      "刘建国: 通过 1",
      "张秀英: 早上撕了3张小广告",
      "刘建国: 通过 2 @王桂兰",
    ]);
    expect(out.match(/自己家里人/g)?.length).toBe(2);
    expect(await total("王桂兰")).toBe(0);
    await app.chat(["王敏: 通过 1"]);
    expect(await total("王桂兰")).toBe(10);
  });
});
