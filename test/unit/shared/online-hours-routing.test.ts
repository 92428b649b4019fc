import { describe, expect, it } from 'vitest';
import {
  type RoutableAddress,
  routeHours,
} from '../../../src/shared/domain/online-hours-routing.ts';

const regular: RoutableAddress = {
  id: 'A1',
  isOnlineOnly: false,
  services: [
    { addressServiceId: '1121', duration: 30, online: false },
    { addressServiceId: '1123', duration: 30, online: false },
  ],
};
const online: RoutableAddress = {
  id: 'A2',
  isOnlineOnly: true,
  services: [
    { addressServiceId: '2341', duration: 30, online: true },
    { addressServiceId: '2342', duration: 20, online: true },
  ],
};

describe('routeHours', () => {
  it('sends online hours to the online address only, with its services', () => {
    expect(routeHours([regular, online], { kind: 'online' })).toEqual({
      ok: true,
      routes: [
        {
          addressId: 'A2',
          services: [
            { addressServiceId: '2341', duration: 30 },
            { addressServiceId: '2342', duration: 20 },
          ],
        },
      ],
    });
  });

  it('sends regular hours to the regular address only', () => {
    const result = routeHours([regular, online], { kind: 'regular' });
    expect(result.ok && result.routes.map((route) => route.addressId)).toEqual(['A1']);
  });

  it('splits by service in the fallback: online services to the online address, the rest to the regular', () => {
    expect(
      routeHours([regular, online], { kind: 'services', addressServiceIds: ['1121', '2342'] }),
    ).toEqual({
      ok: true,
      routes: [
        { addressId: 'A1', services: [{ addressServiceId: '1121', duration: 30 }] },
        { addressId: 'A2', services: [{ addressServiceId: '2342', duration: 20 }] },
      ],
    });
  });

  it('never puts an online service on a regular address', () => {
    const mixed = {
      ...regular,
      services: [...regular.services, { addressServiceId: '1129', duration: 20, online: true }],
    };
    const result = routeHours([mixed, online], { kind: 'services', addressServiceIds: ['1129'] });
    expect(result).toMatchObject({ ok: false });
    expect(routeHours([mixed, online], { kind: 'regular' })).toMatchObject({
      ok: true,
      routes: [
        { addressId: 'A1', services: regular.services.map(({ online: _, ...rest }) => rest) },
      ],
    });
  });

  it('says why when there is no online address, or it has no services', () => {
    expect(routeHours([regular], { kind: 'online' })).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/no online address/),
    });
    expect(routeHours([regular, { ...online, services: [] }], { kind: 'online' })).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/no services/),
    });
  });
});
