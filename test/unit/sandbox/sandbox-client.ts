// Test helpers: an in-memory sandbox (no socket) at a fixed moment, with a token ready to use.
import { expect } from 'vitest';
import { createSandboxApp } from '../../../src/sandbox/app.ts';
import { createSandboxState } from '../../../src/sandbox/create-state.ts';
import type { SandboxState } from '../../../src/sandbox/state.ts';
import {
  errorBodySchema,
  errorMediaType,
  successMediaType,
} from '../../../src/shared/docplanner/common.ts';
import { tokenResponseSchema } from '../../../src/shared/docplanner/token.ts';

/** Wednesday 25 November 2026, 10:00 in Warsaw (winter time, +01:00). */
export const wednesdayMorning = new Date('2026-11-25T09:00:00Z');

export const clinic = {
  facilityId: '139878',
  foreignFacilityId: '226402',
  doctorId: '100101',
  otherDoctorId: '100102',
  regularAddressId: '200101',
  onlineAddressId: '200201',
} as const;

export const doctorPath = `/api/v3/integration/facilities/${clinic.facilityId}/doctors/${clinic.doctorId}`;
export const onlineAddressPath = `${doctorPath}/addresses/${clinic.onlineAddressId}`;
export const regularAddressPath = `${doctorPath}/addresses/${clinic.regularAddressId}`;

export interface TestSandbox {
  state: SandboxState;
  app: ReturnType<typeof createSandboxApp>;
  /** A GET with a valid token. */
  get(path: string): Promise<Response>;
  /** Any request with a valid token. */
  request(path: string, init?: RequestInit): Promise<Response>;
}

export async function testSandbox(now: Date = wednesdayMorning, seed = 1): Promise<TestSandbox> {
  const state = createSandboxState({ seed, now: () => now });
  const app = createSandboxApp(state);
  const token = await fetchToken(app);
  const request = async (path: string, init: RequestInit = {}) =>
    app.request(path, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` },
    });
  return { state, app, get: (path) => request(path), request };
}

export async function fetchToken(app: ReturnType<typeof createSandboxApp>): Promise<string> {
  const response = await app.request('/oauth/v2/token', {
    method: 'POST',
    headers: {
      Authorization: `Basic ${btoa('sandbox-client:sandbox-secret')}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials&scope=integration',
  });
  expect(response.status).toBe(200);
  return tokenResponseSchema.parse(await response.json()).access_token;
}

/** Asserts a success response in Docplanner's media type and returns its parsed JSON. */
export async function successBody(response: Response): Promise<unknown> {
  expect(response.status, await peek(response)).toBe(200);
  expect(response.headers.get('Content-Type')).toBe(successMediaType);
  return response.json();
}

/** Asserts an error response: status, error media type and `{errors, message}`. */
export async function errorBody(response: Response, status: number) {
  expect(response.status, await peek(response)).toBe(status);
  expect(response.headers.get('Content-Type')).toBe(errorMediaType);
  return errorBodySchema.parse(await response.json());
}

async function peek(response: Response): Promise<string> {
  return response.clone().text();
}

/** `2026-11-23T00:00:00+01:00` → URL-encoded, as a client must send it. */
export function encoded(dateTime: string): string {
  return encodeURIComponent(dateTime);
}

export const currentWeek = {
  start: encoded('2026-11-23T00:00:00+01:00'),
  end: encoded('2026-11-30T00:00:00+01:00'),
};
