// A household's address in the reader's language: 3栋2单元301 · bldg 3, unit 2, room 301.
import type { Translate } from "../../i18n/index.ts";

export function renderAddress(t: Translate, a: { building: string | null; unit: string | null; room: string | null }): string {
  const parts = [
    a.building ? t("register.addr.building", { v: a.building }) : "",
    a.unit ? t("register.addr.unit", { v: a.unit }) : "",
    a.room ? t("register.addr.room", { v: a.room }) : "",
  ].filter(Boolean);
  return parts.join(t("register.addr.sep"));
}
