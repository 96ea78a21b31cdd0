// Loads the React-free entries in Node with React, the React-only libraries, MSW and Node's own modules
// made unresolvable (so `/testing`, the mock adapter, stays usable in any test runner and browser),
// then sends a code through createHttpAdapter with a stub fetch. Prints one line per entry.
import { readFileSync } from 'node:fs';
import { register } from 'node:module';

const blockReact = `
export async function resolve(specifier, context, next) {
  if (/^(react|react-dom|@tanstack\\/react-query|react-hook-form|@hookform\\/resolvers|msw)($|\\/)|^node:/.test(specifier)) {
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

const i18n = await import('react-two-factor/i18n');

const testing = await import('react-two-factor/testing');
await testing.createMockAdapter().sendCode({ personId: '42', medium: 'email', language: 'fr' });
console.log('testing: sent');

// locales.txt: `name exported` per line, written by run.sh from the library's list of locales.
const listed = readFileSync(new URL('./locales.txt', import.meta.url), 'utf8')
  .trim()
  .split('\n');
for (const [name, exported] of listed.map((line) => line.split(' '))) {
  const locale = await import(`react-two-factor/locales/${name}`);
  const catalogue = locale[exported];
  if (typeof catalogue?.send !== 'string') throw new Error(`locales/${name} has no ${exported}.send`);
  // Data only: a catalogue survives JSON, as a server component's props must.
  const json = JSON.stringify(catalogue);
  if (JSON.stringify(JSON.parse(json)) !== json || json.length < 1000) throw new Error(`locales/${name} is not JSON data`);
  const messages = i18n.resolveMessages(JSON.parse(json));
  console.log(`locales/${name} (${messages.locale}): ${messages.send} / ${messages.attemptsLeft(2)}`);
}
