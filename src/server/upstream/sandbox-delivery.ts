// With the embedded sandbox in push mode there is nobody to register our webhook URL with, so
// the server tells the sandbox itself, through the sandbox's control API (never used with the
// real Docplanner, where the URL is registered with Docplanner's support).
import ky from 'ky';

export type SandboxDelivery = { mode: 'pull' } | { mode: 'push'; url: string };

export async function setSandboxDelivery(origin: string, delivery: SandboxDelivery): Promise<void> {
  await ky.put(`${origin}/_sandbox/notifications/delivery`, { json: delivery, timeout: 5_000 });
}
