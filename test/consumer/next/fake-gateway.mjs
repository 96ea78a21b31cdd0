// A loopback stand-in for API Management: answers every send with a hint naming the PersonId it got,
// logs each request as a JSON line, and prints its port on the first line of stdout.
import { appendFileSync } from 'node:fs';
import { createServer } from 'node:http';

const log = process.argv[2];
const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    appendFileSync(log, `${JSON.stringify({ url: request.url, key: request.headers['ocp-apim-subscription-key'] ?? null, body })}\n`);
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ Hint: `Code sent to the phone of ${body.PersonId}.`, RequestUri: 'https://backend.internal/x' }));
  });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
