// A person's language, when neither their account nor the platform says it: a report written in
// English (Latin words, no Chinese) is answered with an English card. For a new person (no
// identity yet) this is how their language becomes known: the identity is created with "en", so
// their notices and later cards are English too. An identity that exists keeps what it has (one
// English message does not turn a Chinese speaker's bot English for good), and a language the
// account or the platform gives is never overridden.
import { translator, type Locale } from "../i18n/index.ts";
import type { ChatContext } from "./context.ts";

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

/** "en" when the text is plainly English: no Chinese characters, two words or more. */
export function writtenIn(text: string): Locale | null {
  const body = text.replace(/^[/／]\w+/, "").replace(/#\S+/g, " ");
  if (CJK.test(body)) return null;
  return (body.match(/[A-Za-z]{2,}/g) ?? []).length >= 2 ? "en" : null;
}

/** The context in the language a report reveals, when the sender's was not known yet. */
export function learnLocale(ctx: ChatContext, text: string): ChatContext {
  if (ctx.actor.locale || ctx.msg.sender.locale) return ctx;
  const locale = writtenIn(text);
  if (!locale || locale === ctx.locale) return ctx;
  return {
    ...ctx,
    locale,
    t: translator(locale),
    actor: ctx.actor.identityId === null ? { ...ctx.actor, account: { ...ctx.actor.account, locale } } : ctx.actor,
  };
}
