// The command menu Telegram shows (setMyCommands), in Chinese and English.
export interface BotCommand { command: string; description: string }

const MENU: { command: string; zh: string; en: string }[] = [
  { command: "help", zh: "使用说明", en: "How it works" },
  { command: "report", zh: "申报好事:/report 做了什么", en: "Report a good deed: /report what you did" },
  { command: "me", zh: "我的积分", en: "My points" },
  { command: "top", zh: "本周排行榜", en: "This week's top list" },
  { command: "pending", zh: "待审核(网格员)", en: "Reports awaiting review (grid workers)" },
  { command: "approve", zh: "通过:/approve 编号 [分数]", en: "Approve: /approve N [points]" },
  { command: "reject", zh: "驳回:/reject 编号 原因", en: "Reject: /reject N reason" },
  { command: "revoke", zh: "撤销:/revoke 编号 原因", en: "Revoke: /revoke N reason" },
  { command: "withdraw", zh: "撤回自己的申报:/withdraw 编号", en: "Withdraw your report: /withdraw N" },
  { command: "reportfor", zh: "代报(网格员):/reportfor @名字 做了什么", en: "Report for a resident (grid workers): /reportfor @name what they did" },
  { command: "mergereport", zh: "合并重复申报:/mergereport 13 12", en: "Merge a repeated report: /mergereport 13 12" },
  { command: "inactive", zh: "不活跃的居民(网格员):/inactive [天数]", en: "Residents with no deed lately (grid workers): /inactive [days]" },
  { command: "event", zh: "活动(网格员):/event 名称 类别 [2h] · /event close E3", en: "Events (grid workers): /event name category [2h] · /event close E3" },
  { command: "signin", zh: "活动签到:/signin E3", en: "Sign in to an event: /signin E3" },
  { command: "confirm", zh: "确认公示(管理员):/confirm 编号", en: "Confirm a public notice (admins): /confirm N" },
  { command: "object", zh: "对公示提异议:/object 编号 原因", en: "Object to a public notice: /object N reason" },
  { command: "bind", zh: "绑定微信和 Telegram 账号", en: "Link your WeChat and Telegram accounts" },
  { command: "bindgroup", zh: "把本群绑定到网格(管理员)", en: "Bind this group to a grid (admins)" },
];

export const botCommands = (lang: "zh" | "en"): BotCommand[] => MENU.map((m) => ({ command: m.command, description: m[lang] }));
