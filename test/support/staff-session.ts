// Signing in as one of the sandbox's demo accounts, for tests and benchmarks that call the API
// from outside a browser, or drive the sign-in page in one.
import type { Browser, Page } from 'playwright-core';

export type DemoRole = 'doctor' | 'reception' | 'admin';

export const demoPasswords: Record<DemoRole, string> = {
  doctor: 'demo-doctor',
  reception: 'demo-reception',
  admin: 'demo-admin',
};

export interface ApiSession {
  cookie: string;
  csrfToken: string;
  /** Headers that make a request come from this session (CSRF included). */
  headers: Record<string, string>;
}

/** Signs in over HTTP and returns what later requests need. */
export async function signInApi(
  baseUrl: string,
  role: DemoRole = 'reception',
): Promise<ApiSession> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: role, password: demoPasswords[role] }),
  });
  if (!response.ok) {
    throw new Error(
      `signing in as ${role} failed: HTTP ${response.status} ${await response.text()}`,
    );
  }
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}

/** Signs in through the sign-in page, as a person does, and waits for the agenda. */
export async function signInPage(page: Page, role: DemoRole = 'reception'): Promise<void> {
  await page.goto('/');
  await page.getByLabel('User name').fill(role);
  await page.getByLabel('Password').fill(demoPasswords[role]);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** A second browser window (its own context, so its own session), signed in and on the agenda. */
export async function secondSignedInPage(
  browser: Browser,
  baseURL: string,
  role: DemoRole = 'reception',
): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await signInPage(page, role);
  return page;
}
