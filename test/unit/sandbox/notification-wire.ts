// Strict checks of the callbacks the sandbox emits: the BFF's reader schemas are tolerant by
// design (they accept the seed's variants), so the faithful wire is pinned down here on top.
import { expect } from 'vitest';
import { z } from 'zod';
import {
  addressServiceEventDataSchema,
  bookingEventDataSchema,
  bookingMovedDataSchema,
  isKnownNotificationName,
  notificationContextSchema,
  notificationSchema,
} from '../../../src/shared/docplanner/notification.ts';

const wireDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/);

const strictBooking = z.object({
  id: z.string(),
  status: z.enum(['booked', 'canceled']),
  start_at: wireDateTime,
  end_at: wireDateTime,
  duration: z.number().int().positive(),
  booked_by: z.enum(['user', 'doctor', 'integration']),
  canceled_by: z.enum(['', 'user', 'doctor', 'integration']),
  booked_at: wireDateTime,
  canceled_at: wireDateTime.nullable(),
  address_service: z
    .strictObject({
      id: z.string(),
      name: z.string(),
      price: z.number().nullable(),
      is_price_from: z.boolean(),
      is_visible: z.boolean(),
    })
    .nullable(),
  patient: z.object({ name: z.string(), surname: z.string() }),
  signature: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
  comment: z.string(),
  visit_payment: z.boolean(),
  videocall_url: z.url().optional(),
});

const strictContext = z.object({
  facility: z.object({ id: z.string(), name: z.string() }),
  doctor: z.object({ id: z.string(), name: z.string(), surname: z.string() }),
  address: z.object({
    id: z.string(),
    name: z.string(),
    street: z.string(),
    post_code: z.string(),
  }),
});

const paymentWord = z.enum([
  'paid',
  'waiting_for_confirmation',
  'not-paid',
  'refunded',
  'charged_back',
]);

/** Validates one emitted event with the BFF's schemas and the strict wire; returns it typed. */
export function checkEvent(event: unknown) {
  const envelope = notificationSchema.parse(event);
  expect(Object.keys(event as object).sort()).toEqual(['created_at', 'data', 'name']);
  wireDateTime.parse(envelope.created_at);
  expect(isKnownNotificationName(envelope.name), envelope.name).toBe(true);
  notificationContextSchema.parse(envelope.data);
  strictContext.parse(envelope.data);
  const data = envelope.data as Record<string, unknown>;
  switch (envelope.name) {
    case 'booking-moved':
      bookingMovedDataSchema.parse(data);
      strictBooking.parse(data.old_visit_booking);
      strictBooking.parse(data.new_visit_booking);
      break;
    case 'address-service-created':
    case 'address-service-changed':
    case 'address-service-deleted':
      addressServiceEventDataSchema.parse(data);
      break;
    case 'break-created':
    case 'break-moved':
    case 'break-removed':
      z.object({
        break: z.object({ id: z.string(), since: wireDateTime, till: wireDateTime }),
      }).parse(data);
      break;
    default: {
      bookingEventDataSchema.parse(data);
      const booking = strictBooking.parse(data.visit_booking);
      expect(booking).not.toHaveProperty('visit_payment_status');
      if (envelope.name === 'presence-marked') z.enum(['PRESENT', 'ABSENT']).parse(data.presence);
      if (envelope.name === 'booking-payment-status-changed') {
        z.object({
          status_from: paymentWord.nullable(),
          status_to: paymentWord,
          changed_at: wireDateTime,
        }).parse(data.visit_payment_status);
      }
    }
  }
  return { name: envelope.name, data, created_at: envelope.created_at };
}
