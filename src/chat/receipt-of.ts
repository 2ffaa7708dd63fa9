// A command whose use case queued its receipt (app/receipt.ts) answers with that receipt: the
// adapter sends it now and marks its outbox row sent; the outbox sends it if that fails.
import type { Receipted } from "../app/receipt.ts";
import type { OutgoingMessage } from "./message.ts";

export const receiptOf = (res: Receipted): OutgoingMessage[] => (res.receipt ? [res.receipt] : []);
