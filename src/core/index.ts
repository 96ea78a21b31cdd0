export { canonicalKeys, type KeyShape } from './canonicalKeys.js';
