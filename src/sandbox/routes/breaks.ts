// Calendar breaks: list, add, get, move, delete — each change announced with break-*.
import { Hono } from 'hono';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { dateTimeSchema } from '../../shared/docplanner/common.ts';
import { readBody } from '../http/body.ts';
import { ApiError, invalidDate, notFound } from '../http/errors.ts';
import { doctorAddress } from '../http/estate.ts';
import { noContent, ok } from '../http/respond.ts';
import { breakEvent } from '../notifications/events.ts';
import type { SandboxState } from '../state.ts';
import { parseWireDateTime, toWireDateTime } from '../time.ts';
import { addressPath } from '../wire/links.ts';
import type { AddressRecord, BreakRecord } from '../world/model.ts';

const moveSchema = z.object({ since: dateTimeSchema, till: dateTimeSchema });
const addSchema = moveSchema.extend({
  description: z.string().nullish(),
  apply_on_coupled_addresses: z.boolean().optional(),
});

const breakWire = (pause: BreakRecord) => ({
  id: pause.id,
  since: toWireDateTime(pause.since),
  till: toWireDateTime(pause.till),
  description: pause.description,
});

function range(request: { since: string; till: string }) {
  const since = Temporal.Instant.from(request.since);
  const till = Temporal.Instant.from(request.till);
  if (till.epochMilliseconds <= since.epochMilliseconds) {
    throw new ApiError(422, 'Break must end after it starts');
  }
  return { since, till };
}

export function breakRoutes(state: SandboxState): Hono {
  const app = new Hono();
  const breaksPath = '/facilities/:facilityId/doctors/:doctorId/addresses/:addressId/breaks';
  const now = () => Temporal.Instant.fromEpochMilliseconds(state.clock.now().getTime());
  const addressOf = (pause: BreakRecord) =>
    state.world.addresses.find((address) => address.id === pause.addressId) as AddressRecord;
  const find = (address: AddressRecord, id: string) => {
    const pause = state.world.breaks.find((candidate) => candidate.id === id);
    if (!pause || pause.addressId !== address.id) throw notFound();
    return pause;
  };
  /** The break and its copies on the doctor's coupled addresses (same since/till/description). */
  const withCopies = (pause: BreakRecord) => {
    const base = pause.id.split('-')[0] ?? pause.id;
    return state.world.breaks.filter(
      (other) => other.id === base || other.id.startsWith(`${base}-`),
    );
  };

  app.get(breaksPath, (c) => {
    const address = doctorAddress(state.world, c.req.param());
    const sinceText = c.req.query('since') ?? '';
    const tillText = c.req.query('till') ?? '';
    const since = parseWireDateTime(sinceText);
    const till = parseWireDateTime(tillText);
    if (!since) throw invalidDate('since', sinceText);
    if (!till) throw invalidDate('till', tillText);
    const items = state.world.breaks.filter(
      (pause) =>
        pause.addressId === address.id &&
        pause.since.epochMilliseconds < till.epochMilliseconds &&
        pause.till.epochMilliseconds > since.epochMilliseconds,
    );
    return ok({ _items: items.map(breakWire) });
  });

  app.post(breaksPath, async (c) => {
    const address = doctorAddress(state.world, c.req.param());
    const request = await readBody(c.req.raw, addSchema);
    const { since, till } = range(request);
    const description = request.description ?? null;
    const duplicate = state.world.breaks.some(
      (pause) =>
        pause.addressId === address.id &&
        pause.since.equals(since) &&
        pause.till.equals(till) &&
        pause.description === description,
    );
    if (duplicate) throw new ApiError(409, 'Break already exists');
    const id = String(700_000 + state.world.breaks.length + 1);
    const targets = request.apply_on_coupled_addresses
      ? state.world.addresses.filter(
          (other) => other.doctorId === address.doctorId && other.facilityId === address.facilityId,
        )
      : [address];
    let created: BreakRecord | undefined;
    for (const target of targets) {
      const pause: BreakRecord = {
        id: target === address ? id : `${id}-${target.id}`,
        addressId: target.id,
        since,
        till,
        description,
      };
      state.world.breaks.push(pause);
      if (target === address) created = pause;
      state.notifications.emit(breakEvent(state.world, 'break-created', target, pause, now()));
    }
    if (!created) throw new Error('the break was not created');
    return ok(breakWire(created), 201, {
      Location: new URL(`${addressPath(address)}/breaks/${created.id}`, c.req.url).toString(),
    });
  });

  app.get(`${breaksPath}/:breakId`, (c) => {
    const address = doctorAddress(state.world, c.req.param());
    return ok(breakWire(find(address, c.req.param('breakId'))));
  });

  app.patch(`${breaksPath}/:breakId`, async (c) => {
    const address = doctorAddress(state.world, c.req.param());
    const pause = find(address, c.req.param('breakId'));
    const { since, till } = range(await readBody(c.req.raw, moveSchema));
    for (const copy of withCopies(pause)) {
      copy.since = since;
      copy.till = till;
      state.notifications.emit(
        breakEvent(state.world, 'break-moved', addressOf(copy), copy, now()),
      );
    }
    return noContent();
  });

  app.delete(`${breaksPath}/:breakId`, (c) => {
    const address = doctorAddress(state.world, c.req.param());
    const pause = find(address, c.req.param('breakId'));
    const copies = withCopies(pause);
    state.world.breaks = state.world.breaks.filter((other) => !copies.includes(other));
    for (const copy of copies) {
      state.notifications.emit(
        breakEvent(state.world, 'break-removed', addressOf(copy), copy, now()),
      );
    }
    return noContent();
  });

  return app;
}
