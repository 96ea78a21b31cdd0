/** The stored wrong-code count of a person. */
export interface AttemptsEntry {
  count: number;
}

/** Whether a stored value is a wrong-code count: a corrupt or foreign entry is none. */
export const isAttemptsEntry = (value: unknown): value is AttemptsEntry =>
  typeof value === 'object' && value !== null && Number.isSafeInteger((value as AttemptsEntry).count) && (value as AttemptsEntry).count > 0;
