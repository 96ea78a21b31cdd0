import type { TwoFactorErrorKind } from '../core/errors/TwoFactorError.js';

/** The shown error kinds: `aborted` is never shown. */
export type TwoFactorMessageErrorKind = Exclude<TwoFactorErrorKind, 'aborted'>;
