/** The default `maxBodyBytes` of `fetchAnswer` and `createHttpAdapter`: 1 MiB. */
export const defaultMaxBodyBytes = 1_048_576;
