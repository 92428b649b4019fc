// Online calendars in a real browser: the admin names Anna's online calendar, maps a service and
// reads the checks; Anna selects two evening hours in her agenda and opens them as online hours,
// the purple layer appears, and when a patient books one of those slots on Docplanner's
// marketplace the visit appears purple in her agenda without a reload.
import { Temporal } from 'temporal-polyfill';
import { describe, expect } from 'vitest';
import { mappingSchema } from '../../src/shared/api/mapping.ts';
import { slotsLayerSchema } from '../../src/shared/api/online-hours.ts';
import { signInApi, signInPage } from '../support/staff-session.ts';
import { sandboxControl, sandboxUrlOf, saveScreenshot, test } from './fixtures.ts';
import { selectHours, showDay } from './grid.ts';

const facilityZone = 'Europe/Warsaw';
const anna = { doctorId: '100101', onlineAddressId: '200201', onlineConsultation: '2002012' };

describe('online calendars', () => {
  test('the admin maps Anna’s online calendar; Anna opens online hours; a booking there is purple, live', async ({
    page,
    browser,
    server,
  }) => {
    // The admin: Addresses and services, from the header.
    await signInPage(page, 'admin');
    await page.getByRole('link', { name: 'Addresses and services' }).click();
    await page.getByRole('heading', { name: 'Addresses and services', level: 1 }).waitFor();
    const online = page.getByRole('region', {
      name: `Address for online visits ${anna.onlineAddressId}`,
    });
    await online.waitFor();
    // The seed's table: Docplanner's id and name beside ours.
    await online.getByText(anna.onlineAddressId, { exact: true }).waitFor();

    const calendarName = online.getByRole('textbox', {
      name: /^Name in the agenda for Medical Clinic/,
    });
    await calendarName.fill('Anna Kowalska — video');
    await online
      .getByRole('button', { name: /^Save the name in the agenda for Medical Clinic/ })
      .click();
    await online.locator('.address-card__calendar').getByText('✓ Saved').waitFor();

    const service = online.getByRole('row', { name: /online consultation/ });
    await service.getByRole('textbox').fill('Video consultation');
    await service.getByRole('textbox').press('Enter');
    await service.getByText('✓ Saved').waitFor();

    const annaOnlineCheck = page
      .getByRole('region', { name: /Setup checks/ })
      .getByRole('listitem')
      .filter({ hasText: `address ${anna.onlineAddressId}` });
    await annaOnlineCheck.filter({ hasText: 'Patients pay in advance' }).waitFor();
    const check = await annaOnlineCheck.first().textContent();
    expect(check).toContain('Good to know:');
    expect(check).toContain('What it means: Reception sees whether each of these visits is paid');
    await saveScreenshot(page, 'calendars-mapping');

    // What the screen saved is what the server holds.
    const adminSession = await signInApi(server.url, 'admin');
    const mapping = mappingSchema.parse(
      await (await fetch(`${server.url}/api/mapping`, { headers: adminSession.headers })).json(),
    );
    const annaMapping = mapping.doctors.find((entry) => entry.doctor.id === anna.doctorId);
    expect(annaMapping?.online?.calendarName).toBe('Anna Kowalska — video');
    expect(
      annaMapping?.online?.services.find(
        (each) => each.addressServiceId === anna.onlineConsultation,
      )?.ourServiceName,
    ).toBe('Video consultation');

    // Anna, in her own browser: tomorrow 19:00–21:00, outside her seeded hours.
    const context = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 1440, height: 900 },
      locale: 'en-GB',
    });
    try {
      const doctorPage = await context.newPage();
      doctorPage.setDefaultTimeout(15_000);
      await signInPage(doctorPage, 'doctor');
      const tomorrow = Temporal.Now.plainDateISO(facilityZone).add({ days: 1 });
      const from = tomorrow.toZonedDateTime({ timeZone: facilityZone, plainTime: '19:00' });
      const to = from.add({ hours: 2 });
      await showDay(doctorPage, tomorrow.toString());
      await selectHours(doctorPage, tomorrow.toString(), '19:00:00', '21:00:00');
      // What to do with the range: hours, not a booking.
      await doctorPage
        .getByRole('dialog')
        .getByRole('button', { name: /Change opening hours/ })
        .click();

      const dialog = doctorPage.getByRole('dialog', { name: 'Opening hours on Docplanner' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('19:00–21:00');
      await saveScreenshot(doctorPage, 'calendars-hours-dialog');
      await dialog.getByRole('button', { name: /Open for online visits/ }).click();
      await dialog
        .getByText('Patients can now book online visits in these hours on Docplanner.')
        .waitFor();
      await dialog.getByRole('button', { name: 'Close', exact: true }).click();

      // Docplanner now holds slots there, at the online address only.
      const doctorSession = await signInApi(server.url, 'doctor');
      const query = new URLSearchParams({
        from: from.toInstant().toString(),
        to: to.toInstant().toString(),
      });
      const layer = slotsLayerSchema.parse(
        await (
          await fetch(`${server.url}/api/slots?${query}`, { headers: doctorSession.headers })
        ).json(),
      );
      const opened = layer.slots.filter(
        (slot) =>
          Date.parse(slot.start) >= from.epochMilliseconds &&
          Date.parse(slot.start) < to.epochMilliseconds,
      );
      expect(opened.length).toBeGreaterThan(0);
      expect(new Set(opened.map((slot) => slot.addressId))).toEqual(
        new Set([anna.onlineAddressId]),
      );

      // The purple layer in tomorrow's column, at those hours.
      const purple = doctorPage.locator(
        `[role="cell"][data-date="${tomorrow}"] .open-hours--online`,
      );
      const nineteen = await doctorPage.locator('[data-time="19:00:00"]').last().boundingBox();
      const twentyOne = await doctorPage.locator('[data-time="21:00:00"]').last().boundingBox();
      await expect
        .poll(async () =>
          (
            await purple.evaluateAll((blocks) =>
              blocks.map((block) => {
                const box = block.getBoundingClientRect();
                return { top: box.top, bottom: box.bottom };
              }),
            )
          ).some(
            (box) =>
              Math.abs(box.top - (nineteen?.y ?? 0)) < 4 &&
              Math.abs(box.bottom - (twentyOne?.y ?? 0)) < 4,
          ),
        )
        .toBe(true);
      await saveScreenshot(doctorPage, 'calendars-open-hours');

      // A patient books one of those slots on the marketplace; the page is not reloaded.
      const sandbox = sandboxUrlOf(server);
      const booked = (await sandboxControl(sandbox, 'POST', '/marketplace/book', {
        addressId: anna.onlineAddressId,
        start: opened[1]?.start ?? opened[0]!.start,
      })) as { bookingId: string };
      const visit = doctorPage.locator(`.visit--online [data-visit-id="${booked.bookingId}"]`);
      await visit.waitFor({ timeout: 30_000 });
      await saveScreenshot(doctorPage, 'calendars-booked-live');
    } finally {
      await context.close();
    }
  });
});
