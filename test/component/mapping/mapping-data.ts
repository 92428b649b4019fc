// The seed's example as our API sends it: Anna with a regular and an online address, each with
// its own address services (different ids, even for the same service).
import type { Mapping } from '../../../src/shared/api/mapping.ts';

export function buildMapping(): Mapping {
  return {
    doctors: [
      {
        doctor: { id: '100101', name: 'Anna', surname: 'Kowalska' },
        regular: {
          id: '123',
          name: 'Medical Clinic “Test”',
          isOnlineOnly: false,
          visitPayment: false,
          calendarName: 'Medical Clinic',
          services: [
            service('112233', 'Regular Visit', 200, 30, 'Visit', false),
            service('223344', 'Recurring Visit', 150, 20, 'Second visit', false),
            service('445566', 'USG', 250, 30, null, false),
          ],
        },
        online: {
          id: '234',
          name: 'Medical Clinic “Test” online',
          isOnlineOnly: true,
          visitPayment: true,
          calendarName: null,
          services: [service('778899', 'Regular Visit', 180, 30, null, true)],
        },
        others: [],
      },
    ],
    warnings: [
      {
        code: 'online-address-without-online-consultation',
        severity: 'warning',
        doctorId: '100101',
        addressId: '234',
        message:
          'Dr Anna Kowalska’s online calendar does not offer Docplanner’s “online consultation” service.',
        fix: 'Add “online consultation” from the services dictionary to the online address.',
      },
      {
        code: 'payments-enabled',
        severity: 'info',
        doctorId: '100101',
        addressId: '234',
        message: 'Patients pay in advance through Docplanner at Medical Clinic “Test” online.',
        fix: 'Reception will see payment badges on these visits.',
      },
    ],
  };
}

function service(
  addressServiceId: string,
  name: string,
  price: number,
  duration: number,
  ourServiceName: string | null,
  online: boolean,
) {
  return {
    addressServiceId,
    name,
    price,
    duration,
    dictionaryId: null,
    isOnlineConsultation: false,
    ourServiceName,
    online,
  };
}

export interface SentRequest {
  method: string;
  url: string;
  headers: Headers;
  body: unknown;
}

/** A fetch stand-in: answers by `METHOD path` and records every request it got. */
export function fakeApi(answer: (method: string, path: string) => Response): {
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  sent: SentRequest[];
} {
  const sent: SentRequest[] = [];
  return {
    sent,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const text = await request.clone().text();
      sent.push({
        method: request.method,
        url: request.url,
        headers: request.headers,
        body: text ? JSON.parse(text) : undefined,
      });
      return answer(request.method, new URL(request.url).pathname);
    },
  };
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}
