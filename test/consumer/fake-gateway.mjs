// A loopback stand-in for API Management, for the framework consumer tests: a send answers with a hint
// naming the PersonId it got; a verify accepts the code 123456 and refuses any other at `Code`. Logs
// each request as a JSON line to the file given as the first argument, and prints its port on stdout.
import { appendFileSync } from 'node:fs';
import { createServer } from 'node:http';

const log = process.argv[2];
const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    appendFileSync(log, `${JSON.stringify({ url: request.url, key: request.headers['ocp-apim-subscription-key'] ?? null, body })}\n`);
    const answer = request.url.endsWith('/Verify2FactorAuthenticationCode')
      ? body.Code === '123456'
        ? { Hint: 'Code accepted.' }
        : { Errors: { IsValid: false, Errors: [{ PropertyName: 'Code', ErrorMessage: 'This code is not right.', Severity: 0 }] } }
      : { Hint: `Code sent to the phone of ${body.PersonId}.`, RequestUri: 'https://backend.internal/x' };
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(answer));
  });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
