// Loads the React-free entries in Node with React and the React-only libraries made unresolvable,
// then sends a code through createHttpAdapter with a stub fetch. Prints one line per entry.
import { register } from 'node:module';

const blockReact = `
export async function resolve(specifier, context, next) {
  if (/^(react|react-dom|@tanstack\\/react-query|react-hook-form|@hookform\\/resolvers)($|\\/)/.test(specifier)) {
    throw new Error('imported ' + specifier + ' from ' + context.parentURL);
  }
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(blockReact)}`);

const core = await import('react-two-factor/core');
const answer = { Hint: 'Sent to +32 4** ** ** 12', Errors: { IsValid: true, Errors: [] } };
const adapter = core.createHttpAdapter({
  baseUrl: 'https://gateway.example/2fa',
  fetch: async () => new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } }),
});
const result = await adapter.sendCode({ personId: '42', medium: 'sms', language: 'en' });
console.log(`core: sent, hint=${result.hint}`);

const testing = await import('react-two-factor/testing');
await testing.createMockAdapter().sendCode({ personId: '42', medium: 'email', language: 'fr' });
console.log('testing: sent');

for (const [name, exported] of [
  ['en', 'en'],
  ['fr', 'fr'],
  ['nl', 'nl'],
  ['de', 'de'],
  ['pseudo', 'pseudoLocale'],
]) {
  const locale = await import(`react-two-factor/locales/${name}`);
  if (typeof locale[exported]?.send !== 'string') throw new Error(`locales/${name} has no ${exported}.send`);
  console.log(`locales/${name}: ${locale[exported].send}`);
}
