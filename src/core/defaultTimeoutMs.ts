/** The default `timeoutMs` of `fetchAnswer` and `createHttpAdapter`: 15 seconds. */
export const defaultTimeoutMs = 15_000;
