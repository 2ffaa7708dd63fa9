// A phone number is kept only as HMAC-SHA256 with the installation's secret: enough to
// recognise the same number again, useless without the key.
import { createHmac } from "node:crypto";

export const phoneHasher = (secret: string) => (normalizedPhone: string): string =>
  createHmac("sha256", secret).update(normalizedPhone).digest("hex");
