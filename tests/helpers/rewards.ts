// Small readers for the reward tests: a demo resident's id, tickets and points by kind.
import { resolveActor } from "../../src/app/actor.ts";
import type { AppDeps } from "../../src/app/deps.ts";
import type { App } from "../../src/create-app.ts";

export async function residentId(app: App, name: string): Promise<number> {
  const [res] = await app.deps.store.read((r) => r.residents.findByName(1, null, name));
  if (!res) throw new Error(`no resident ${name}`);
  return res.id;
}

export async function ticketsOf(app: App, name: string): Promise<number> {
  const id = await residentId(app, name);
  return app.deps.store.read((r) => r.tickets.balance(id));
}

export async function pointsOf(app: App, name: string) {
  const id = await residentId(app, name);
  return app.deps.store.read(async (r) => ({ ...(await r.points.breakdown(id)), spendable: await r.ledger.balance(id) }));
}

/** The actor behind a console user, as the router would resolve it. */
export const user = (app: { deps: AppDeps }, name: string) => resolveActor(app.deps, { platform: "console", userId: name, displayName: name });
