// Brazilian Portuguese: the messages (one file per screen, the same ids as English) and FullCalendar's
// Brazilian Portuguese (weekday names, first day of the week).
import calendarLocale from '@fullcalendar/react/locales/pt-br';
import type { Catalog } from '../../catalog.ts';

const files = import.meta.glob<Record<string, string>>('./*.json', {
  eager: true,
  import: 'default',
});

export const catalog: Catalog = {
  messages: Object.assign({}, ...Object.values(files)),
  calendarLocale,
};
