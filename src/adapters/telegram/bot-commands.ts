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
  { command: "bind", zh: "绑定微信和 Telegram 账号", en: "Link your WeChat and Telegram accounts" },
  { command: "bindgroup", zh: "把本群绑定到网格(管理员)", en: "Bind this group to a grid (admins)" },
];

export const botCommands = (lang: "zh" | "en"): BotCommand[] => MENU.map((m) => ({ command: m.command, description: m[lang] }));
