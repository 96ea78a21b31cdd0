const secondsInMessage = /\b(\d+)\s*(?:seconds?|secs?|s)\b/i;
// A .NET TimeSpan as API Management prints a quota's replenish time: `22.14:18:12`.
const timeSpanInMessage = /\b(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})\b/;

/**
 * Seconds to wait, from a `Retry-After` header (delta-seconds or HTTP date),
 * else from the gateway's message ("Try again in 12 seconds", "replenished in
 * 22.14:18:12"), else `undefined`.
 */
export function parseRetryAfter(header: string | null | undefined, message: string | undefined, now: number): number | undefined {
  const value = header?.trim();
  if (value) {
    if (/^\d+$/.test(value)) return Number(value);
    const date = Date.parse(value);
    if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - now) / 1000));
  }
  if (!message) return undefined;
  const timeSpan = timeSpanInMessage.exec(message);
  if (timeSpan) {
    const [, days = '0', hours = '0', minutes = '0', seconds = '0'] = timeSpan;
    return ((Number(days) * 24 + Number(hours)) * 60 + Number(minutes)) * 60 + Number(seconds);
  }
  const seconds = secondsInMessage.exec(message);
  return seconds ? Number(seconds[1]) : undefined;
}
