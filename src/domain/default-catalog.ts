// The default catalog every new community starts with (Baishipo community, Jingmen).
// Ids and points follow the scheme's published table; keywords are the seed vocabulary
// that a community can extend through `deedbank catalog import`.
import type { DeedCategory } from "./catalog.ts";

const deed = (
  code: string,
  zh: string,
  en: string,
  points: number,
  unit: DeedCategory["unit"],
  keywords: string[],
): DeedCategory => ({ code, names: { zh, en }, points, unit, active: true, match: { keywords } });

export const DEFAULT_CATALOG: readonly DeedCategory[] = [
  deed("flyer_removal", "清理小广告", "removing illegal flyers", 2, "item",
    ["小广告", "牛皮癣", "广告", "flyer", "sticker", "poster"]),
  deed("litter_cleanup", "清理垃圾、打扫公共区域", "picking up litter", 2, "occasion",
    ["垃圾", "打扫", "扫了", "清扫", "楼道", "litter", "rubbish", "trash", "cleaned"]),
  deed("traffic_help", "义务交通疏导", "directing traffic", 3, "occasion",
    ["疏导交通", "交通疏导", "指挥交通", "traffic"]),
  deed("helping_others", "助人为乐", "helping someone in need", 2, "occasion",
    ["扶", "帮忙搬", "搬运", "移开", "helped", "carried"]),
  deed("seat_giving", "让座", "giving up a seat", 2, "occasion",
    ["让座", "让了座", "seat"]),
  deed("blood_donation", "无偿献血", "donating blood", 10, "occasion",
    ["献血", "献了血", "donated blood", "blood"]),
  deed("patrol", "义务巡逻", "volunteer patrol", 2, "hour",
    ["巡逻", "patrol"]),
  deed("elder_care", "关爱孤寡老人", "caring for elderly people living alone", 5, "occasion",
    ["独居", "孤寡", "空巢", "living alone", "lives alone"]),
  deed("volunteer_service", "社区志愿服务", "community volunteering", 2, "hour",
    ["志愿者", "志愿服务", "volunteer"]),
  deed("collective_activity", "参加社区集体活动", "taking part in a community event", 2, "occasion",
    ["讲座", "参加", "活动", "attended", "workshop"]),
  deed("lost_and_found", "拾金不昧", "returning lost property", 5, "occasion",
    ["拾金不昧", "捡到", "失主", "returned", "found a"]),
  deed("dispute_mediation", "调解邻里纠纷", "settling a dispute", 5, "occasion",
    ["调解", "纠纷", "mediated", "dispute"]),
  deed("hazard_report", "报告安全隐患", "reporting a safety hazard", 2, "occasion",
    ["隐患", "报给物业", "井盖", "hazard", "reported"]),
  deed("donation", "爱心捐赠", "donating money or goods", 5, "occasion",
    ["捐", "donated", "donation"]),
  deed("heroic_act", "见义勇为", "heroic rescue", 300, "occasion",
    ["见义勇为", "救起", "救人", "rescued", "saved"]),
];
