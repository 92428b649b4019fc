// The baseline server of the BFF rows, run as its own process (like ours) so that it gets the
// same share of the machine: plain node:http, no framework, no storage. Two modes:
//   BARE_HTTP_MODE=sink  reads each request body and answers 200 with a tiny JSON ack;
//   BARE_HTTP_MODE=file  answers every request with the bytes of BARE_HTTP_BODY_FILE and the
//                        headers in BARE_HTTP_HEADERS (JSON), e.g. a captured agenda response.
// Prints `{"port":…}` on stdout once it listens on 127.0.0.1.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const mode = process.env.BARE_HTTP_MODE;
const body = mode === 'file' ? readFileSync(process.env.BARE_HTTP_BODY_FILE ?? '') : undefined;
const headers = JSON.parse(process.env.BARE_HTTP_HEADERS ?? '{}') as Record<string, string>;
let received = 0;

const server = createServer((request, response) => {
  if (body) {
    request.resume();
    response.writeHead(200, { ...headers, 'content-length': body.length });
    response.end(body);
    return;
  }
  let bytes = 0;
  request.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
  });
  request.on('end', () => {
    received += 1;
    const ack = JSON.stringify({ received: bytes > 0, id: received });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(ack);
  });
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
