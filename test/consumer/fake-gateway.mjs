// The consumer apps' stand-in for API Management: react-two-factor/testing/node as the app installed it.
// Copy it into the app (it imports the library from the app's node_modules) and run
//
//   node fake-gateway.mjs <log file> [right code]
//
// It prints its base URL's port on the first line of stdout, answers every send with a hint naming the
// PersonId it got, verifies the right code (default 123456) at the verify path, refuses any other at
// the code, and appends one JSON line per request to the log: { url, key, body }. Stops on SIGTERM.
import { appendFileSync } from 'node:fs';
import { startFakeGateway } from 'react-two-factor/testing/node';

const [log, rightCode = '123456'] = process.argv.slice(2);
if (!log) throw new Error('usage: node fake-gateway.mjs <log file> [right code]');

const record = (call) => {
  appendFileSync(log, `${JSON.stringify({ url: call.url, key: call.headers.get('ocp-apim-subscription-key'), body: call.body })}\n`);
};

const gateway = await startFakeGateway({
  verifyPath: '/2FactorAuthentication/TwoFaCommand/Verify2FactorAuthenticationCode',
  answers: (request, callIndex) => {
    record(gateway.calls[callIndex]);
    return { type: 'sent', hint: `Code sent to the phone of ${request.personId}.` };
  },
  verifyAnswers: (request, callIndex) => {
    record(gateway.verifyCalls[callIndex]);
    return request.code === rightCode ? { type: 'sent' } : { type: 'invalid' };
  },
});
console.log(new URL(gateway.baseUrl).port);
process.once('SIGTERM', () => gateway.close().then(() => process.exit(0)));
process.once('SIGINT', () => gateway.close().then(() => process.exit(0)));
