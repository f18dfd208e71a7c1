/**
 * Dates on the command line: the zone a date string states, reading a date so that the machine's own zone
 * never changes the result, and naming a day in the report's language. CLI only.
 *
 * A time zone is an IANA name ("Asia/Jakarta") or a UTC offset ("+07:00"); offsets are kept as offsets.
 * Node's Intl takes IANA names only, so an offset is applied by hand.
 */

const OFFSET = /^([+-])(\d{2}):?(\d{2})$/;

/** RFC 5322 §4.3's named zones, and "Z" of ISO 8601. */
const NAMED_ZONES: Record<string, string> = {
  Z: '+00:00', UT: '+00:00', UTC: '+00:00', GMT: '+00:00',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};

/** A zone at the end of a date string, before an optional "(WIB)" comment. */
const TRAILING_ZONE = /(?:([+-]\d{2}:?\d{2})|(?<![A-Za-z])(Z|UTC?|GMT|[ECMP][SD]T))\s*(?:\([^)]*\))?\s*$/i;

/**
 * The zone a date string states, as "+07:00"; `null` for "-0000", which RFC 5322 uses for "zone unknown";
 * `undefined` when it states none.
 */
export function dateZone(date: string): string | null | undefined {
  const m = TRAILING_ZONE.exec(date.trim());
  if (!m) return undefined;
  if (m[2]) return NAMED_ZONES[m[2].toUpperCase()];
  const zone = normalizeZone(m[1]!);
  return zone === '-00:00' ? null : zone;
}

/** "+0700" → "+07:00"; an IANA name is checked and spelled as Intl spells it; anything else is `undefined`. */
export function normalizeZone(zone: string): string | undefined {
  const z = zone.trim();
  const m = OFFSET.exec(z);
  if (m) return Number(m[2]) > 14 || Number(m[3]) > 59 ? undefined : `${m[1]}${m[2]}:${m[3]}`;
  if (!/^[A-Za-z][\w+/-]*$/.test(z)) return undefined;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: z }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** The zone's offset from UTC at `at`, in minutes (Jakarta: 420). */
export function offsetMinutes(zone: string, at: number): number {
  const m = OFFSET.exec(zone);
  if (m) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  const name = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const o = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  return o ? (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3])) : 0;
}

/**
 * A date string (ISO 8601 or RFC 2822) in milliseconds, NaN when it is not a date. One that states no zone
 * is a wall time in `zone` when given, else in UTC: never in the machine's zone.
 */
export function parseDate(date: string, zone?: string): number {
  const t = date.trim();
  if (dateZone(t) !== undefined) return Date.parse(t.replace(/([+-]\d{2})(\d{2})$/, /^\d{4}-/.test(t) ? '$1:$2' : '$1$2'));
  const wall = /^\d{4}-\d{2}-\d{2}$/.test(t)
    ? Date.parse(`${t}T00:00:00Z`)
    : /^\d{4}-\d{2}-\d{2}[T ]\d/.test(t)
      ? Date.parse(`${t.replace(' ', 'T')}Z`)
      : Date.parse(`${t} GMT`);
  if (Number.isNaN(wall) || !zone) return wall;
  // the offset at the wall time read as UTC, then at the instant that gives (right across a DST change)
  const guess = wall - offsetMinutes(zone, wall) * 60_000;
  return wall - offsetMinutes(zone, guess) * 60_000;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * `--now`: an ISO 8601 date or date-time, with the writer's zone when it states an offset
 * ("2026-03-04T09:00:00+07:00" → "+07:00"). Without one it is the machine's local time, like the clock.
 */
export function parseNow(value: string): { now: number; timeZone?: string } | null {
  const t = value.trim();
  if (!ISO_DATE.test(t)) return null;
  const zone = dateZone(t);
  if (zone !== undefined) {
    const now = parseDate(t);
    return Number.isNaN(now) ? null : { now, ...(zone ? { timeZone: zone } : {}) };
  }
  const now = Date.parse(/T|\s/.test(t) ? t.replace(' ', 'T') : `${t}T00:00`); // local time
  return Number.isNaN(now) ? null : { now };
}

/**
 * A day as people write it, in the writer's zone: "Tue 3 Mar" / "Selasa, 3 Maret", with the year when it
 * is not `now`'s, and the time ("17:00" / "17.00") when asked.
 */
export function formatDay(ms: number, lang: 'en' | 'id', opts: { timeZone?: string; now?: number; time?: boolean } = {}): string {
  // Intl takes IANA names only: an offset is applied to the instant, which is then named in UTC
  const offset = opts.timeZone && OFFSET.test(opts.timeZone) ? offsetMinutes(opts.timeZone, ms) : undefined;
  const at = offset === undefined ? ms : ms + offset * 60_000;
  const timeZone = offset === undefined ? opts.timeZone : 'UTC';
  const locale = lang === 'id' ? 'id-ID' : 'en-GB';
  const year = (when: number) => new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(when);
  const otherYear = opts.now !== undefined && year(at) !== year(offset === undefined ? opts.now : opts.now + offset * 60_000);
  const day = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: lang === 'id' ? 'long' : 'short',
    day: 'numeric',
    month: lang === 'id' ? 'long' : 'short',
    ...(otherYear ? { year: 'numeric' } : {}),
  }).format(at);
  if (!opts.time) return day;
  return `${day} ${new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at)}`;
}
