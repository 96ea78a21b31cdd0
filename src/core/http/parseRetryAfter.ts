import { clampWaitSeconds } from '../errors/clampWaitSeconds.js';

const secondsInMessage = /\b(\d+)\s*(?:seconds?|secs?|s)\b/i;
// A .NET TimeSpan as API Management prints a quota's replenish time: `22.14:18:12`.
const timeSpanInMessage = /\b(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})\b/;

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const month = `(${months.join('|')})`;
const time = '(\\d{2}):(\\d{2}):(\\d{2})';
// The three forms of RFC 9110's HTTP-date, and nothing else: V8's Date.parse reads `-5`, `+12`,
// `12.5` or `12, 12` as dates in 2001, which would make "Try again in 0 s".
const imfFixdate = new RegExp(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\\d{2}) ${month} (\\d{4}) ${time} GMT$`);
const rfc850Date = new RegExp(`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\\d{2})-${month}-(\\d{2}) ${time} GMT$`);
const asctimeDate = new RegExp(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${month} ( \\d|\\d{2}) ${time} (\\d{4})$`);

/** The instant of a strict HTTP-date, in ms; `undefined` for anything else, an impossible day (`31 Feb`) included. */
function parseHttpDate(value: string, now: number): number | undefined {
  let parts: [day: string, monthName: string, year: number, hours: string, minutes: string, seconds: string] | undefined;
  const imf = imfFixdate.exec(value);
  const rfc850 = rfc850Date.exec(value);
  const asctime = asctimeDate.exec(value);
  if (imf) parts = [imf[1], imf[2], Number(imf[3]), imf[4], imf[5], imf[6]] as typeof parts;
  else if (rfc850) {
    // A two-digit year more than 50 years ahead is in the past century (RFC 9110, 5.6.7).
    const year = 2000 + Number(rfc850[3]);
    const thisYear = new Date(now).getUTCFullYear();
    parts = [rfc850[1], rfc850[2], year > thisYear + 50 ? year - 100 : year, rfc850[4], rfc850[5], rfc850[6]] as typeof parts;
  } else if (asctime) parts = [asctime[2], asctime[1], Number(asctime[6]), asctime[3], asctime[4], asctime[5]] as typeof parts;
  if (!parts) return undefined;
  const [day, monthName, year, hours, minutes, seconds] = parts;
  const monthIndex = months.indexOf(monthName);
  const instant = Date.UTC(year, monthIndex, Number(day), Number(hours), Number(minutes), Number(seconds));
  // Date.UTC rolls 31 Feb over into March and 25:00 into the next day: a strict reader refuses both.
  const written = `${year}-${String(monthIndex + 1).padStart(2, '0')}-${day.trim().padStart(2, '0')}T${hours}:${minutes}:${seconds}`;
  return new Date(instant).toISOString().startsWith(written) ? instant : undefined;
}

/**
 * Seconds to wait, from a `Retry-After` header (delta-seconds or a strict
 * HTTP-date), else from the gateway's message ("Try again in 12 seconds",
 * "replenished in 22.14:18:12"), else `undefined`. Always a whole number
 * between 0 and 31 days.
 */
export function parseRetryAfter(header: string | null | undefined, message: string | undefined, now: number): number | undefined {
  const value = header?.trim() ?? '';
  if (/^\d+$/.test(value)) return clampWaitSeconds(Number(value));
  const date = parseHttpDate(value, now);
  if (date !== undefined) return clampWaitSeconds((date - now) / 1000);
  const text = message ?? '';
  const timeSpan = timeSpanInMessage.exec(text);
  if (timeSpan) {
    const [, days, hours, minutes, seconds] = timeSpan;
    return clampWaitSeconds(((Number(days ?? 0) * 24 + Number(hours)) * 60 + Number(minutes)) * 60 + Number(seconds));
  }
  const secondsMatch = secondsInMessage.exec(text);
  return secondsMatch ? clampWaitSeconds(Number(secondsMatch[1])) : undefined;
}
