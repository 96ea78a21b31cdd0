/** The stored cooldown of a person. */
export interface CooldownEntry {
  /** Epoch milliseconds when sending is allowed again. */
  until: number;
  /** The cooldown's length, to catch a clock that moved backwards. */
  seconds: number;
}

/** Whether a stored value is a cooldown: a corrupt or foreign entry (a `NaN`, a string) is none. */
export const isCooldownEntry = (value: unknown): value is CooldownEntry => {
  const entry = value as CooldownEntry;
  return typeof value === 'object' && value !== null && Number.isFinite(entry.until) && Number.isFinite(entry.seconds) && entry.seconds > 0;
};
