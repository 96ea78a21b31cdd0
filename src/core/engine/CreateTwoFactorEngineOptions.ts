import type { RecordStorage } from './RecordStorage.js';

/** Options of `createTwoFactorEngine`. */
export interface CreateTwoFactorEngineOptions {
  /** The clock. @default Date.now */
  now?: (() => number) | undefined;
  /** Where cooldowns and wrong-code counts survive a reload. @default globalThis.sessionStorage, else memory only */
  storage?: (() => RecordStorage | undefined) | undefined;
}
