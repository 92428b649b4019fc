// The sandbox's write operations for working the day (book, cancel, move, confirm, presence,
// breaks) checked against Docplanner's OpenAPI spec 1.14.0 (a copy in test/fixtures): each request
// we send is valid by the spec, each answer has a status the operation declares, and its body
// matches the schema declared for that status.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  currentWeek,
  fetchToken,
  onlineAddressPath,
  regularAddressPath,
  successBody,
  type TestSandbox,
  testSandbox,
  wednesdayMorning,
} from './sandbox-client.ts';

interface Operation {
  requestBody?: { content: Record<string, { schema: object }> };
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
}

const spec = parse(
  readFileSync(
    resolve(import.meta.dirname, '../../fixtures/docplanner/integrations-api.yml'),
    'utf8',
  ),
) as { paths: Record<string, Record<string, Operation & { operationId?: string }>> };

/** OpenAPI 3.0's `nullable: true` as JSON Schema says it: null is one more allowed value. */
function withNulls(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withNulls);
  if (typeof node !== 'object' || node === null) return node;
  const { nullable, ...rest } = node as Record<string, unknown>;
  const converted = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [key, withNulls(value)]),
  );
  if (nullable !== true) return converted;
  if (typeof converted.type === 'string' && !('enum' in converted)) {
    return { ...converted, type: [converted.type, 'null'] };
  }
  return { anyOf: [converted, { type: 'null' }] };
}

// Formats and examples are not checked; everything else is.
const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema(withNulls(spec) as object, 'spec');

function operation(operationId: string): Operation {
  for (const methods of Object.values(spec.paths)) {
    for (const candidate of Object.values(methods)) {
      if (candidate.operationId === operationId) return candidate;
    }
  }
  throw new Error(`no operation ${operationId} in the spec`);
}

/** Ajv's check of `value` against a `$ref` into the spec (or an inline schema). */
function validate(schema: object, value: unknown): string[] {
  const ref = (schema as { $ref?: string }).$ref;
  const check = ref ? ajv.getSchema(`spec${ref}`) : ajv.compile(schema);
  if (!check) throw new Error(`the spec has no schema ${ref}`);
  return check(value)
    ? []
    : (check.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

function firstSchema(content: Record<string, { schema: object }> | undefined): object | undefined {
  return content ? Object.values(content)[0]?.schema : undefined;
}

/** Sends a spec-valid request and expects an answer the spec declares for it. */
async function call(
  sandbox: TestSandbox,
  operationId: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const declared = operation(operationId);
  const requestSchema = firstSchema(declared.requestBody?.content);
  if (body !== undefined) {
    expect(requestSchema, `${operationId} takes a body`).toBeDefined();
    expect(validate(requestSchema!, body), `our ${operationId} request`).toEqual([]);
  }
  const response = await sandbox.request(path, {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const status = String(response.status);
  expect(Object.keys(declared.responses), `${operationId} declares ${status}`).toContain(status);
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : undefined;
  const responseSchema = firstSchema(declared.responses[status]?.content);
  if (responseSchema) {
    expect(parsed, `${operationId} ${status} has a body`).toBeDefined();
    expect(validate(responseSchema, parsed), `the sandbox's ${operationId} ${status}`).toEqual([]);
  } else {
    expect(text, `${operationId} ${status} has no body`).toBe('');
  }
  return { status: response.status, body: parsed };
}

/** Free starts of Dr Kowalska's in-person address this week, and a service bookable at them. */
async function freeStarts(sandbox: TestSandbox): Promise<{ serviceId: string; starts: string[] }> {
  const slots = (await successBody(
    await sandbox.get(
      `${regularAddressPath}/slots?start=${currentWeek.start}&end=${currentWeek.end}&with=slot.services`,
    ),
  )) as { _items: { start: string; address_services?: { _items: { id: string }[] } }[] };
  const serviceId = slots._items[0]?.address_services?._items[0]?.id;
  if (!serviceId) throw new Error('the demo week should have free slots with services');
  const offering = slots._items.filter((slot) =>
    slot.address_services?._items.some((service) => service.id === serviceId),
  );
  return { serviceId, starts: offering.map((slot) => slot.start) };
}

describe('the sandbox answers as spec 1.14.0 declares', () => {
  it('books a slot, moves the booking, confirms it, marks presence both ways, cancels it', async () => {
    // The sandbox reads this Date as its clock: the test moves it forward to mark presence.
    const now = new Date(wednesdayMorning);
    const sandbox = await testSandbox(now);
    const { serviceId, starts } = await freeStarts(sandbox);
    const [first, second] = starts;
    if (!first || !second) throw new Error('the demo week should have free slots');

    const booked = await call(
      sandbox,
      'bookSlot',
      'POST',
      `${regularAddressPath}/slots/${encodeURIComponent(first)}/book`,
      {
        address_service_id: serviceId,
        duration: 20,
        is_returning: false,
        patient: { name: 'Jan', surname: 'Telefoniczny', phone: '+48600100200' },
      },
    );
    const bookingId = (booked.body as { id: string }).id;
    const bookingPath = `${regularAddressPath}/bookings/${bookingId}`;

    // Onto the other free start, then the same start again: the first booking is gone (409).
    const moved = await call(sandbox, 'moveBooking', 'POST', `${bookingPath}/move`, {
      address_service_id: serviceId,
      start: second,
    });
    expect(moved.status).toBe(201);
    const movedPath = `${regularAddressPath}/bookings/${(moved.body as { id: string }).id}`;
    const again = await call(sandbox, 'moveBooking', 'POST', `${bookingPath}/move`, {
      address_service_id: serviceId,
      start: second,
    });
    expect(again.status).toBe(409);

    expect(
      (
        await call(sandbox, 'confirmBooking', 'PUT', `${movedPath}/confirm`, {
          confirmed_by: 'user',
        })
      ).status,
    ).toBe(204);
    expect(
      (
        await call(sandbox, 'confirmBooking', 'PUT', `${movedPath}/confirm`, {
          confirmed_by: 'user',
        })
      ).status,
    ).toBe(409);
    const presence = `${movedPath}/presence/patient`;
    expect((await call(sandbox, 'markPatientPresence', 'POST', presence)).status).toBe(400);
    now.setTime(Date.parse(second) + 5 * 60_000);
    const token = await fetchToken(sandbox.app); // the first one expired on the way
    const later: TestSandbox = {
      ...sandbox,
      request: async (path, init = {}) =>
        sandbox.app.request(path, {
          ...init,
          headers: {
            ...(init.headers as Record<string, string>),
            Authorization: `Bearer ${token}`,
          },
        }),
    };
    expect((await call(later, 'markPatientPresence', 'POST', presence)).status).toBe(204);
    expect(
      (await call(later, 'markPatientAbsence', 'DELETE', `${movedPath}/presence/patient`)).status,
    ).toBe(204);
    expect(
      (await call(later, 'cancelBooking', 'DELETE', movedPath, { reason: 'The doctor is ill' }))
        .status,
    ).toBe(204);
    expect((await call(later, 'cancelBooking', 'DELETE', movedPath)).status).toBe(400);
    expect(
      (await call(later, 'markPatientPresence', 'POST', `${movedPath}/presence/patient`)).status,
    ).toBe(409);
    expect(
      (await call(later, 'cancelBooking', 'DELETE', `${regularAddressPath}/bookings/1`)).status,
    ).toBe(404);
  });

  it('refuses a move onto a time the doctor has booked with a declared 409', async () => {
    const sandbox = await testSandbox();
    const { serviceId, starts } = await freeStarts(sandbox);
    const [one, two] = await Promise.all(
      starts.slice(0, 2).map(async (start) => {
        const path = `${regularAddressPath}/slots/${encodeURIComponent(start)}/book`;
        const booked = await call(sandbox, 'bookSlot', 'POST', path, {
          address_service_id: serviceId,
          duration: 20,
          patient: { name: 'Ewa', surname: 'Nowa', phone: '+48600100201' },
        });
        return booked.body as { id: string; start_at: string };
      }),
    );
    const refused = await call(
      sandbox,
      'moveBooking',
      'POST',
      `${regularAddressPath}/bookings/${one!.id}/move`,
      { address_service_id: serviceId, start: two!.start_at },
    );
    expect(refused.status).toBe(409);
  });

  it('adds, lists, reads, moves and deletes a break', async () => {
    const sandbox = await testSandbox();
    const breaks = `${onlineAddressPath}/breaks`;
    const since = '2026-11-26T12:00:00+01:00';
    const till = '2026-11-26T12:30:00+01:00';
    const added = await call(sandbox, 'addCalendarBreak', 'POST', breaks, { since, till });
    expect(added.status).toBe(201);
    const id = (added.body as { id: string }).id;
    const listed = await call(
      sandbox,
      'getCalendarBreaks',
      'GET',
      `${breaks}?since=${encodeURIComponent(since)}&till=${encodeURIComponent('2026-11-27T00:00:00+01:00')}`,
    );
    expect(JSON.stringify(listed.body)).toContain(String(id));
    expect((await call(sandbox, 'getCalendarBreak', 'GET', `${breaks}/${id}`)).status).toBe(200);
    const moved = await call(sandbox, 'moveCalendarBreak', 'PATCH', `${breaks}/${id}`, {
      since: '2026-11-26T13:00:00+01:00',
      till: '2026-11-26T13:30:00+01:00',
    });
    expect(moved.status).toBe(204);
    expect((await call(sandbox, 'deleteCalendarBreak', 'DELETE', `${breaks}/${id}`)).status).toBe(
      204,
    );
    expect((await call(sandbox, 'getCalendarBreak', 'GET', `${breaks}/${id}`)).status).toBe(404);
    const backwards = await call(sandbox, 'addCalendarBreak', 'POST', breaks, {
      since: till,
      till: since,
    });
    expect(backwards.status).toBe(422);
  });
});
