// `GET /api/day-sheet.csv`: who may take out whose day, and a clear 400 for a day sheet asked for
// wrongly.
import { describe, expect, it } from 'vitest';
import { annasWednesday, errorOf, rowsOf, setup } from './day-sheet-setup.ts';

describe('who may take out whose day sheet', () => {
  it.each([
    ['doctor', '100101', 200],
    ['doctor', '100102', 403],
    ['reception', '100101', 200],
    ['reception', '100102', 200],
    ['admin', '100102', 200],
  ] as const)('%s asking for doctor %s → %i', async (role, doctorId, status) => {
    const { deliver, csv } = setup();
    await annasWednesday(deliver);
    const response = await csv(`?doctorId=${doctorId}&date=2026-11-25`, role);
    expect(response.status).toBe(status);
    if (status === 403) {
      expect(await errorOf(response)).toEqual({
        code: 'forbidden',
        message: 'A doctor can take out only their own day sheet.',
      });
    } else {
      const names = (await rowsOf(response)).map((row) => row.Patient);
      expect(names).toEqual(
        doctorId === '100101'
          ? ['Zofia Wiśniewska', 'Jan Kowalski', 'Adam Nowicki']
          : ['Jan Kowalski'],
      );
    }
  });

  it('asks a signed-out visitor to sign in', async () => {
    const { csv } = setup();
    expect((await csv('?doctorId=100101&date=2026-11-25', null)).status).toBe(401);
  });

  it("gives a doctor no hint whether another doctor's id exists", async () => {
    const { csv } = setup();
    expect((await csv('?doctorId=999999&date=2026-11-25', 'doctor')).status).toBe(403);
  });
});

describe('a day sheet asked for wrongly', () => {
  it.each([
    ['', /add `doctorId`.*add `date`/],
    ['?date=2026-11-25', /Say whose day it is: add `doctorId`/],
    ['?doctorId=100101', /Say which day: add `date` written YYYY-MM-DD/],
    ['?doctorId=100101&date=25.11.2026', /The day must be written YYYY-MM-DD, e\.g\. 2026-11-25\./],
    ['?doctorId=100101&date=2026-11-25T00:00', /The day must be written YYYY-MM-DD/],
    ['?doctorId=100101&date=2026-02-30', /There is no such day in the calendar/],
    ['?doctorId=100101&date=2026-13-01', /There is no such day in the calendar/],
    ['?doctorId=100101&date=1970-01-01', /between the years 2000 and 2099/],
    ['?doctorId=a%22b&date=2026-11-25', /That is not a doctor id/],
    ['?doctorId=999999&date=2026-11-25', /there is no doctor with id 999999 in this clinic/],
  ])('%s → 400 saying so', async (query, message) => {
    const { csv } = setup();
    const response = await csv(query);
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.message).toMatch(/^Cannot make that day sheet: /);
    expect(error.message).toMatch(message);
  });

  it('says one thing per problem, not the same twice', async () => {
    const { csv } = setup();
    const error = await errorOf(await csv('?doctorId=100101&date=tomorrow'));
    expect(error.message).toBe(
      'Cannot make that day sheet: The day must be written YYYY-MM-DD, e.g. 2026-11-25.',
    );
  });
});
