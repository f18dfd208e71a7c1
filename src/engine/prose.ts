/**
 * What is the writer's own prose, and what is not: code, logs, tables, mangled text, and whole drafts that
 * are bulk mail (newsletters, notifications, pasted articles). The rules read only prose: a warning on a
 * stack trace or an advert's "Register TODAY!" is noise the writer cannot act on.
 */

/** Marks of code, commands and logs inside a sentence (markup is taken out before, see MARKUP). */
const CODE =
  /[{}]|;\s*$|=>|==|!=|&&|\|\||\(\)|::|\[\w+\]|^\s*[$#%]\s|\b(?:curl|sudo|npm|mvn|pip|javac)\s+-{0,2}\w|\b[a-z]+(?:\.[a-z_]+){2,}\b|\w+\([^)]*\)|\b\w+=\S|\bat\s+[\w$.]+\(|\bException\b|\bERROR\b|\bWARN\b|\bINFO\b|https?:\/\/\S{40,}/;

/** Disclaimers and webmail or list footers: "If you received this e-mail in error…", "Do You Yahoo!?", "Sent from my iPhone". */
const FOOTER = /\b(?:received|receive) this (?:e-?mail|message|communication|transmission) in error\b|\bintended (?:solely |only )?for the (?:use of the )?(?:addressee|recipient|individual)|\bconfidentiality notice\b|\bbersifat rahasia\b|\bmenerima (?:email|pesan) ini karena (?:kekeliruan|kesalahan)\b|\bdo you yahoo\b|\bget (?:the|our) (?:free )?app\b|\bget your free\b|\bsent from my\b|\bdikirim dari\b|\bview this message in context\b|\bsent from the \w+ mailing list\b/i;

/** Quoted-printable soft breaks and escapes left in old mail ("p= ut", "=20", "=3D"): mangled text. */
const MANGLED = /\p{L}= \p{L}|=(?:20|3D|09|0A)\b/u;

/** Elements and tags, with a script's or style's content. */
export const MARKUP = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/?[a-z][^<>]{0,300}>|"?>(?=<)/gi;

/** Whether a sentence reads as prose a person wrote to another person. */
export function isProse(raw: string): boolean {
  // markup is not words: a tag or a script pasted into a sentence leaves the sentence around it to read
  const text = raw.replace(MARKUP, ' ');
  const visible = text.replace(/\s+/g, '');
  if (visible.length === 0) return false;
  const letters = (visible.match(/\p{L}/gu) ?? []).length;
  if (letters / visible.length < 0.6) return false;
  if (CODE.test(text) || MANGLED.test(text) || FOOTER.test(text) || / = /.test(text)) return false;
  return true;
}

/**
 * Bulk mail and pasted articles: footers only a sender of mass mail writes, and many links. A person's
 * draft rarely has either; when it does, its sentences are not the writer's asks.
 */
const BULK =
  /\bunsubscribe\b|\bclick here\b|\bview (?:this|it|the) (?:e-?mail|message|newsletter)? ?(?:in|on) (?:your|a) (?:web )?browser\b|\bto be removed from\b|\bopt[- ]out\b|\bthis (?:e-?mail|message|newsletter) was sent to\b|\byou (?:are receiving|received) this (?:e-?mail|message|newsletter)\b|\bmanage (?:your )?(?:e-?mail )?(?:preferences|subscriptions?)\b|\ball rights reserved\b|\bberhenti berlangganan\b|\bdo not (?:reply|respond) to this (?:e-?mail|message)\b|\bthis (?:account|mailbox) is not monitored\b|\b(?:automatically generated|automated message|auto-generated)\b|\byou have been selected to\b|\bjangan membalas (?:email|pesan) ini\b|\bcopyright ©|\b(?:forward|send) (?:this|it) to a friend\b/i;

export function isBulkMail(draft: string): boolean {
  if (BULK.test(draft)) return true;
  const links = draft.match(/https?:\/\/|www\./gi)?.length ?? 0;
  // a pasted article or newsletter: longer than anyone writes to one reader
  const words = draft.match(/\S+/g)?.length ?? 0;
  return links >= 5 || words > 700;
}
