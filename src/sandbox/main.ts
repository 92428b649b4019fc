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

const speed = Number(process.env.SANDBOX_CLOCK_SPEED ?? 1);
if (!Number.isFinite(speed) || speed <= 0) {
  console.error(
    `SANDBOX_CLOCK_SPEED must be a positive number, got "${process.env.SANDBOX_CLOCK_SPEED}"`,
  );
  process.exit(1);
}
// The stand-alone sandbox is for demos and manual testing: the marketplace lives unless told not to.
const marketplaceOn = process.env.SANDBOX_MARKETPLACE !== 'off';

const sandbox = await startSandbox({
  port,
  host: process.env.SANDBOX_HOST ?? '127.0.0.1',
  seed,
  marketplace: { enabled: marketplaceOn, clockSpeed: speed },
  rateLimits: process.env.SANDBOX_RATE_LIMITS === 'on',
});
console.log(`Docplanner sandbox listening on ${sandbox.url}`);
console.log(`  token:        POST ${sandbox.url}/oauth/v2/token (client_credentials)`);
console.log(`  client_id:     ${sandbox.clientId}`);
console.log(`  client_secret: ${sandbox.clientSecret}`);
console.log(`  API:          ${sandbox.url}/api/v3/integration/facilities`);
console.log(`  control:      ${sandbox.url}/_sandbox/… (see src/sandbox/README.md)`);
console.log(
  `  marketplace:  ${marketplaceOn ? 'on' : 'off'} (SANDBOX_MARKETPLACE=off), clock ×${speed}`,
);

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
