import type { TwoFactorErrorKind } from '../core/TwoFactorError.js';

/**
 * The shown error kinds: `aborted` is never shown; `unknown` covers an error
 * that is not a `TwoFactorError`; `locked` a verify refused because of the lock.
 */
export type TwoFactorMessageErrorKind = Exclude<TwoFactorErrorKind, 'aborted'> | 'unknown' | 'locked';
