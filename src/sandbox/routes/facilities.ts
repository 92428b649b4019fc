// getFacilities, getFacility, getDoctors.
import { Hono } from 'hono';
import { grantedFacility } from '../http/estate.ts';
import { ok } from '../http/respond.ts';
import { readExtensions } from '../http/with.ts';
import type { SandboxState } from '../state.ts';
import { doctorWire, facilityWire } from '../wire/clinic.ts';

const doctorsWith = ['doctor.profile_url', 'doctor.specializations', 'doctor.license_numbers'];

export function facilityRoutes(state: SandboxState): Hono {
  const app = new Hono();

  app.get('/facilities', (c) => {
    readExtensions(c.req.url, []);
    const granted = state.world.facilities.filter((facility) => facility.granted);
    return ok({ _items: granted.map(facilityWire) });
  });

  app.get('/facilities/:facilityId', (c) => {
    const extensions = readExtensions(c.req.url, ['facility.doctors']);
    const facility = grantedFacility(state.world, c.req.param('facilityId'));
    const doctors = state.world.doctors.filter((doctor) => doctor.facilityId === facility.id);
    return ok({
      ...facilityWire(facility),
      ...(extensions.has('facility.doctors') && {
        doctors: { _items: doctors.map((doctor) => doctorWire(doctor, new Set())) },
      }),
    });
  });

  app.get('/facilities/:facilityId/doctors', (c) => {
    const extensions = readExtensions(c.req.url, doctorsWith);
    const facility = grantedFacility(state.world, c.req.param('facilityId'));
    const doctors = state.world.doctors.filter((doctor) => doctor.facilityId === facility.id);
    return ok({ _items: doctors.map((doctor) => doctorWire(doctor, extensions)) });
  });

  return app;
}
