// Where a doctor's hours go on Docplanner. The seed's recommended set-up: online hours to the
// online-only address with its own services, regular hours to the regular address, never mixed.
// Its fallback, for clinics that keep one schedule: a range offered for several services is split
// by service — online services to the online address, the others to the regular one.

export interface RoutableService {
  addressServiceId: string;
  duration: number;
  /** Online by the mapping (the address is online-only, or the service is marked online). */
  online: boolean;
}

export interface RoutableAddress {
  id: string;
  isOnlineOnly: boolean;
  services: RoutableService[];
}

export type HoursRequest =
  | { kind: 'online' | 'regular' }
  /** The fallback: one range offered for these address services (of either address). */
  | { kind: 'services'; addressServiceIds: string[] };

export interface Route {
  addressId: string;
  services: { addressServiceId: string; duration: number }[];
}

export type RoutingResult = { ok: true; routes: Route[] } | { ok: false; problem: string };

export function routeHours(
  addresses: readonly RoutableAddress[],
  request: HoursRequest,
): RoutingResult {
  const online = addresses.find((address) => address.isOnlineOnly);
  const regular = addresses.find((address) => !address.isOnlineOnly);
  const servicesOf = (address: RoutableAddress, wantOnline: boolean) =>
    address.services
      .filter((service) => service.online === wantOnline)
      .map(({ addressServiceId, duration }) => ({ addressServiceId, duration }));

  if (request.kind === 'online') {
    if (!online) {
      return {
        ok: false,
        problem:
          'This doctor has no online address on Docplanner. Create one (an online-only calendar) in Docplanner first.',
      };
    }
    const services = online.services.map(({ addressServiceId, duration }) => ({
      addressServiceId,
      duration,
    }));
    if (services.length === 0) {
      return {
        ok: false,
        problem: 'The online address has no services, so no one could book these hours.',
      };
    }
    return { ok: true, routes: [{ addressId: online.id, services }] };
  }

  if (request.kind === 'regular') {
    if (!regular)
      return { ok: false, problem: 'This doctor has no regular address on Docplanner.' };
    const services = servicesOf(regular, false);
    if (services.length === 0) {
      return { ok: false, problem: 'The regular address has no in-person services to offer.' };
    }
    return { ok: true, routes: [{ addressId: regular.id, services }] };
  }

  const wanted = new Set(request.kind === 'services' ? request.addressServiceIds : []);
  const routes: Route[] = [];
  for (const address of addresses) {
    const picked = address.services.filter((service) => wanted.has(service.addressServiceId));
    // Never mixed: an online-only address takes only online services, a regular one only the rest.
    const fitting = picked.filter((service) => (address.isOnlineOnly ? true : !service.online));
    if (fitting.length > 0) {
      routes.push({
        addressId: address.id,
        services: fitting.map(({ addressServiceId, duration }) => ({ addressServiceId, duration })),
      });
    }
  }
  const routed = new Set(routes.flatMap((route) => route.services.map((s) => s.addressServiceId)));
  const unroutable = [...wanted].filter((id) => !routed.has(id));
  if (unroutable.length > 0) {
    return {
      ok: false,
      problem: `These services cannot be placed: ${unroutable.join(', ')}. An online service needs an online address.`,
    };
  }
  if (routes.length === 0) return { ok: false, problem: 'Choose at least one service.' };
  return { ok: true, routes };
}
