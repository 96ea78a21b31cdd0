// The framework consumer tests' gateway: the shipped fake of react-two-factor/testing/node, run from the
// app's directory (copied there, so that the import resolves to the installed tarball). A send answers
// with a hint naming the PersonId it got; a verify accepts 123456 and refuses any other code at `Code`.
// Appends each request it got to the log file given as the first argument, as a JSON line (url, key, body),
// and prints its base URL on stdout.
import { appendFileSync } from 'node:fs';
import { startFakeGateway } from 'react-two-factor/testing/node';

const log = process.argv[2];
const verifyPath = '/2FactorAuthentication/TwoFaCommand/Verify2FactorAuthenticationCode';
const logged = { calls: 0, verifyCalls: 0 };
const gateway = await startFakeGateway({
  verifyPath,
  answers: (request) => ({ type: 'sent', hint: `Code sent to the phone of ${request.personId}.` }),
  verifyAnswers: (request) =>
    request.code === '123456'
      ? { type: 'verified' }
      : { type: 'invalid', issues: [{ propertyName: 'Code', message: 'This code is not right.' }] },
});
// The fake records its calls; they are written out as they come, for the shell checks to read.
setInterval(() => {
  for (const list of ['calls', 'verifyCalls']) {
    for (const call of gateway[list].slice(logged[list])) {
      appendFileSync(log, `${JSON.stringify({ url: call.url, key: call.headers.get('ocp-apim-subscription-key'), body: call.body })}\n`);
    }
    logged[list] = gateway[list].length;
  }
}, 50);
console.log(`${gateway.baseUrl}/2fa`);
