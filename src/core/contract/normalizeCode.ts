// Separators people and SMS texts put inside codes: spaces of every kind, dashes, dots.
const separators = /[\s\u00a0\u2000-\u200b\u202f\u3000\-\u2010-\u2015\u2212.·]/g;

/**
 * A typed, pasted or autofilled code as the server wants it: separators
 * removed, only characters matching `character` kept, at most `length` long.
 *
 * @example normalizeCode(' 123-456 ', /\d/, 6) === '123456'
 */
export function normalizeCode(value: string, character: RegExp, length: number): string {
  // A global or sticky RegExp is stateful in `test`; a copy without those flags is not.
  const single = new RegExp(character.source, character.flags.replace(/[gy]/g, ''));
  let code = '';
  for (const symbol of value.replace(separators, '')) {
    if (code.length >= length) break;
    if (single.test(symbol)) code += symbol;
  }
  return code;
}
