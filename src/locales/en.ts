// English is the library's default: its catalogue lives with the i18n machinery that falls back to it.
export { en } from '../i18n/en.js';
