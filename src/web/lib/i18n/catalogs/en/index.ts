// English, the source language: every other catalog has exactly these ids (test/unit/web/catalogs.test.ts).
// FullCalendar's British English: Monday first, day before month, a 24-hour clock.
import calendarLocale from '@fullcalendar/react/locales/en-gb';
import type { Catalog } from '../../catalog.ts';
import agenda from './agenda.json';
import api from './api.json';
import app from './app.json';
import auth from './auth.json';
import breaks from './breaks.json';
import daySheet from './day-sheet.json';
import deadLetters from './dead-letters.json';
import hours from './hours.json';
import mapping from './mapping.json';
import patientSearch from './patient-search.json';
import payments from './payments.json';
import phoneBooking from './phone-booking.json';
import reminders from './reminders.json';
import ui from './ui.json';
import visitActions from './visit-actions.json';
import visitCard from './visit-card.json';

export const messages = {
  ...api,
  ...app,
  ...agenda,
  ...auth,
  ...breaks,
  ...daySheet,
  ...deadLetters,
  ...hours,
  ...mapping,
  ...patientSearch,
  ...payments,
  ...phoneBooking,
  ...reminders,
  ...visitActions,
  ...visitCard,
  ...ui,
};

export const catalog: Catalog = { messages, calendarLocale };
