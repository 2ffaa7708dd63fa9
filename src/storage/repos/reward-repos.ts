// The repositories of issue 6 (fixed points, tickets, draws, shop), over a client or a transaction.
import type { RewardRepos } from "../../app/reward-ports.ts";
import type { Db } from "./db.ts";
import { drawRepo } from "./draw-repo.ts";
import type { Sql } from "./sql.ts";
import { fixedRepo } from "./fixed-repo.ts";
import { pointsRepo } from "./points-repo.ts";
import { rewardSettingsRepo } from "./reward-settings-repo.ts";
import { shopRepo } from "./shop-repo.ts";
import { ticketRepo } from "./ticket-repo.ts";

export const rewardRepos = (db: Db, sql: Sql): RewardRepos => ({
  rewardSettings: rewardSettingsRepo(db, sql),
  fixed: fixedRepo(db, sql),
  points: pointsRepo(db, sql),
  tickets: ticketRepo(db, sql),
  draws: drawRepo(db),
  shop: shopRepo(db),
});
