// `npm run sandbox`: the Docplanner simulator on its own port (SANDBOX_PORT, default 8090).
import { startSandbox } from './start.ts';

const port = Number(process.env.SANDBOX_PORT ?? 8090);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`SANDBOX_PORT must be a port number (0-65535), got "${process.env.SANDBOX_PORT}"`);
  process.exit(1);
}
const seed = Number(process.env.SANDBOX_SEED ?? 1);
if (!Number.isInteger(seed)) {
  console.error(`SANDBOX_SEED must be an integer, got "${process.env.SANDBOX_SEED}"`);
  process.exit(1);
}

const sandbox = await startSandbox({ port, host: process.env.SANDBOX_HOST ?? '127.0.0.1', seed });
console.log(`Docplanner sandbox listening on ${sandbox.url}`);
console.log(`  token:        POST ${sandbox.url}/oauth/v2/token (client_credentials)`);
console.log(`  client_id:     ${sandbox.clientId}`);
console.log(`  client_secret: ${sandbox.clientSecret}`);
console.log(`  API:          ${sandbox.url}/api/v3/integration/facilities`);
console.log(`  control:      ${sandbox.url}/_sandbox/clock, POST ${sandbox.url}/_sandbox/reset`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Sandbox did not close cleanly', error);
        process.exit(1);
      },
    );
  });
}
