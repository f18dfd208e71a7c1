/**
 * wrong-name: the greeting names someone who is neither a recipient nor anyone in the thread ("Hi Tom," to
 * alice@…, "Dear Pak Andi" to Budi). Silent when the recipients are unknown, and when the name could be any of
 * them (first or last name, the parts of an address like andi.pratama@, a short form like Tom for Thomas).
 */
import type { Person } from '../engine/conversation';
import type { Finding, Rule, RuleContext, Suggestion } from '../engine/types';
import { finding, replace, say } from './util';

const ID = 'wrong-name';

/**
 * A greeting at the start of the draft: a greeting word and/or an honorific, then one name or several ("Hi Tom and
 * Sarah,"). Group 1: what precedes the names; group 2: the names.
 */
const GREETING =
  /^[ \t]*((?:(?:hi|hello|hey|dear|halo|hallo|hai|yth\.?|kepada yth\.?|good (?:morning|afternoon|evening)|selamat (?:pagi|siang|sore|malam)|morning)[ \t,]+)?(?:(?:pak|bu|bapak|ibu|mas|mbak|mba|kak|bang|mr\.?|mrs\.?|ms\.?|dr\.?|prof\.?)[ \t]+)?)(\p{Lu}[\p{L}'’-]+(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|&|dan)[ \t]+)(?:(?:pak|bu|mas|mbak|kak)[ \t]+)?\p{Lu}[\p{L}'’-]+)*)(?=[ \t]*(?:[,:!.\n—–-]|$))/iu;

/** Words a greeting holds that are not names. */
const NOT_NAMES = new Set(
  (
    'all everyone team there guys folks friends colleagues sir madam sirs madams customer customers client clients partner partners ' +
    'bapak ibu pak bu semua sekalian rekan rekan-rekan tim kawan teman bapak/ibu admin hr support sales manager managers ' +
    'morning afternoon evening pagi siang sore malam both you y\'all gents ladies gentlemen sayang kakak kak mas mbak bang'
  ).split(' '),
);

/** Short forms of given names, both ways. */
const NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  bob: ['robert'], rob: ['robert'], bill: ['william'], will: ['william'], jim: ['james'], jimmy: ['james'], mike: ['michael'],
  dick: ['richard'], rick: ['richard'], tom: ['thomas'], kate: ['katherine', 'catherine', 'kathryn'], liz: ['elizabeth'],
  beth: ['elizabeth'], steve: ['steven', 'stephen'], chris: ['christopher', 'christine', 'christina'], dave: ['david'],
  dan: ['daniel'], joe: ['joseph'], tony: ['anthony'], sue: ['susan'], pat: ['patrick', 'patricia'], jeff: ['jeffrey'],
  greg: ['gregory'], ken: ['kenneth'], larry: ['lawrence'], ted: ['edward', 'theodore'], ed: ['edward'], peggy: ['margaret'],
  meg: ['margaret'], sam: ['samuel', 'samantha'], ben: ['benjamin'], andy: ['andrew'], alex: ['alexander', 'alexandra'],
  vince: ['vincent'], vinny: ['vincent'], matt: ['matthew'], nick: ['nicholas'], phil: ['phillip', 'philip'], jenny: ['jennifer'],
  jen: ['jennifer'], becky: ['rebecca'], cathy: ['catherine'], kathy: ['katherine', 'kathleen'], mark: ['marcus'],
  sandy: ['sandra'], cindy: ['cynthia'], sally: ['sarah'], jack: ['john'], hank: ['henry'], jerry: ['gerald', 'jerome'],
  terry: ['terrence', 'theresa'], debbie: ['deborah'], vicki: ['victoria'], chuck: ['charles'], charlie: ['charles'],
  al: ['albert', 'alan', 'allen'], betsy: ['elizabeth'], patty: ['patricia'], trish: ['patricia'], kim: ['kimberly'],
};

const HONORIFIC = /^(?:pak|bu|bapak|ibu|mas|mbak|mba|kak|bang|mr|mrs|ms|dr|prof|drs|ir|hj|h)\.?$/i;

/** The name parts of a person: their display name's words ("Pratama, Andi" too) and the parts of their address. */
function nameParts(p: Person): string[] {
  const out: string[] = [];
  for (const w of (p.name ?? '').toLowerCase().split(/[\s,."'()]+/)) if (w && !HONORIFIC.test(w)) out.push(w);
  const local = p.address?.split('@')[0]?.toLowerCase() ?? '';
  for (const w of local.split(/[._\-+\d]+/)) if (w.length >= 2) out.push(w);
  return out;
}

/** Whether `name` (lower case) could be this person. */
function couldBe(name: string, p: Person): boolean {
  const parts = nameParts(p);
  const forms = [name, ...(NICKNAMES[name] ?? [])];
  for (const part of parts) {
    for (const f of forms) {
      if (part === f) return true;
      // "Tom" for "Tommy", "Andi" for "Andika"; also "tbecker" style addresses for Tom Becker
      if (f.length >= 3 && part.length >= 3 && (part.startsWith(f) || f.startsWith(part))) return true;
    }
    if ((NICKNAMES[part] ?? []).includes(name)) return true;
  }
  // an address of one word and no display name that reads as an initial and a surname ("jsmith@", "tbecker@")
  if (!p.name && parts.length === 1 && parts[0]!.length >= 5 && parts[0]![0] === name[0]) return true;
  return false;
}

/** A recipient's first name, as the greeting would say it ("Andi" from "Andi Pratama", "Pratama, Andi" or andi.pratama@). */
function firstName(p: Person): string | null {
  let words = (p.name ?? '').split(/\s+/).filter((w) => w && !HONORIFIC.test(w));
  if (p.name?.includes(',')) words = p.name.split(',').slice(1).join(' ').trim().split(/\s+/).filter((w) => w && !HONORIFIC.test(w));
  const from = words[0] ?? (p.address?.split('@')[0] ?? '').split(/[._\-+\d]+/).find((w) => w.length >= 3 && !/^(?:info|admin|sales|support|noreply|no|reply|team|office|hello|contact)$/i.test(w));
  if (!from || !/^\p{L}/u.test(from)) return null;
  return from.charAt(0).toUpperCase() + from.slice(1).toLowerCase();
}

function check(ctx: RuleContext): Finding[] {
  const recipients = ctx.options.recipients ?? [];
  if (recipients.length === 0) return [];
  const greeting = ctx.draft.zones.find((z) => z.kind !== 'quoted' && ctx.draft.text.slice(z.start, z.end).trim());
  if (!greeting) return [];
  const start = greeting.start + (/^\s*/.exec(ctx.draft.text.slice(greeting.start))?.[0].length ?? 0);
  const line = ctx.draft.text.slice(start, ctx.draft.text.indexOf('\n', start) === -1 ? undefined : ctx.draft.text.indexOf('\n', start));
  const m = GREETING.exec(line);
  if (!m || !m[1]!.trim()) return [];
  const people: Person[] = [...recipients];
  for (const msg of ctx.thread?.messages ?? []) people.push(msg.message.author);
  if (ctx.options.writer) people.push(ctx.options.writer);
  const out: Finding[] = [];
  const namesAt = start + m.index + m[1]!.length;
  for (const n of m[2]!.matchAll(/\p{Lu}[\p{L}'’-]+/gu)) {
    const name = n[0];
    const lower = name.toLowerCase();
    if (NOT_NAMES.has(lower) || HONORIFIC.test(lower) || lower.length < 2) continue;
    if (people.some((p) => couldBe(lower, p))) continue;
    const span = { start: namesAt + n.index, end: namesAt + n.index + name.length };
    // the recipients not greeted already, first names once each
    const greeted = new Set([...m[2]!.matchAll(/\p{L}+/gu)].map((x) => x[0].toLowerCase()));
    const names = [...new Set(recipients.map(firstName).filter((x): x is string => !!x && !greeted.has(x.toLowerCase())))].slice(0, 3);
    const suggestions: Suggestion[] = names.map((r) => replace(span, r));
    if (suggestions.length === 0) continue;
    const to = recipients.map((r) => r.name ?? r.address).filter(Boolean).slice(0, 3).join(', ');
    out.push({
      ...finding(ID, 'warning', span, ctx.draft.text,
        say(ctx, {
          en: `"${name}" is not among the recipients (${to}) or anyone in the thread. Is the greeting meant for ${names[0]}?`,
          id: `"${name}" tidak ada di antara penerima (${to}) maupun di percakapan ini. Apakah sapaan ini untuk ${names[0]}?`,
        }),
        suggestions,
      ),
      confidence: 0.8,
    });
  }
  return out;
}

export const wrongName: Rule = {
  id: ID,
  title: { en: 'Wrong name', id: 'Nama salah' },
  description: {
    en: 'A greeting that names someone who is not a recipient or in the thread, like "Hi Tom," to alice@example.com. Off by default.',
    id: 'Sapaan yang menyebut nama orang yang bukan penerima dan tidak ada di percakapan, seperti "Dear Pak Andi" kepada Budi. Nonaktif secara bawaan.',
  },
  defaultOn: false,
  severity: 'warning',
  languages: ['en', 'id'],
  examples: {
    pass: [
      { text: 'Hi Alice, the contract is signed.', recipients: [{ name: 'Alice Wong', address: 'alice@client.example' }] },
      { text: 'Dear Pak Budi, kontraknya sudah kami tanda tangani.', recipients: [{ address: 'budi.santoso@client.example' }] },
      { text: 'Hi team, the contract is signed.', recipients: [{ name: 'Alice Wong', address: 'alice@client.example' }] },
    ],
    fail: [
      { text: 'Hi Tom, the contract is signed.', recipients: [{ name: 'Alice Wong', address: 'alice@client.example' }] },
      { text: 'Dear Pak Andi, kontraknya sudah kami tanda tangani.', recipients: [{ name: 'Budi Santoso', address: 'budi@client.example' }] },
    ],
  },
  check,
};
