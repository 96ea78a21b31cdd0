/** Who a cooldown is for: the ids the request names. */
export interface UseCooldownRemainingOptions {
  /** The person codes go to; without one there is no cooldown to show. */
  personId: string | undefined;
  /** The context of `personId`. @default undefined */
  contextId?: string | undefined;
}
