// The texts of the prompt, the code step and the flow, outside React: `react-two-factor/i18n`.
export { en } from './en.js';
export { formatMessage, type MessageValues } from './formatMessage.js';
export type { PluralText } from './PluralText.js';
export type { ServerErrorFunction } from './resolveServerError.js';
export { resolveServerError } from './resolveServerError.js';
export { resolveTexts } from './resolveTexts.js';
export type { TwoFactorCatalogue, TwoFactorMessageErrorKind } from './TwoFactorCatalogue.js';
export type { TwoFactorMessagesOverride, TwoFactorTexts } from './TwoFactorTexts.js';
