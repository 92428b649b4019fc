import { describe, expect, it } from 'vitest';
import { bookingCanceled, notification, slotBooked } from '../../fixtures/notifications.ts';
import { captureLogs } from '../../support/log-capture.ts';
import { buildTestApp, testWebhookSecret } from '../../support/server-app.ts';

const capture = () => captureLogs('trace');

const patientData = ['Kowalski', '+48123123123', 'jan@example.com', '894237492', '1985-01-01'];

describe('logs', () => {
  it('censor patient fields if a payload is ever logged', () => {
    const { logger, text } = capture();
    logger.info(
      {
        bookingId: 'b1',
        patient: { name: 'Jan', surname: 'Kowalski' },
        visit: { phone: '+48123123123' },
      },
      'oops',
    );
    expect(text()).toContain('"bookingId":"b1"');
    for (const value of patientData) expect(text()).not.toContain(value);
  });

  it('hold no patient data after a whole ingestion, bad bodies and sign-in included', async () => {
    const { logger, text } = capture();
    const built = buildTestApp({ logger });
    const post = (body: string) =>
      built.app.request(`/webhooks/docplanner/${testWebhookSecret}`, { method: 'POST', body });
    const patient = {
      name: 'Jan',
      surname: 'Kowalski',
      phone: '+48123123123',
      email: 'jan@example.com',
      nin: '894237492',
      birth_date: '1985-01-01',
    };
    await post(JSON.stringify(slotBooked({ id: 'b1', patient })));
    await post(JSON.stringify(bookingCanceled({ id: 'b1', patient })));
    await post(
      JSON.stringify(notification('slot-booked', 'not a date', { visit_booking: { patient } })),
    );
    await post(
      JSON.stringify(notification('brand-new-event', '2026-11-20T09:00:00+01:00', { patient })),
    );
    await post(`{"name":"slot-booked","patient":${JSON.stringify(patient)}`);
    built.processor.processPending();
    await built.app.request('/api/auth/sign-in', {
      method: 'POST',
      body: JSON.stringify({ username: 'Kowalski', password: '894237492' }),
    });
    expect(text().length).toBeGreaterThan(0);
    for (const value of patientData) expect(text()).not.toContain(value);
  });
});
