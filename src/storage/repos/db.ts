// The client the repositories work on: a Prisma client or an open transaction.
import type { Prisma } from "../generated/client.ts";

export type Db = Prisma.TransactionClient;
