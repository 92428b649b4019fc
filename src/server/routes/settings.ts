import { Hono } from 'hono';
import type { Settings } from '../../shared/api/settings.ts';
import { anyStaff } from '../auth/access.ts';
import type { Clock } from '../clock/clock.ts';

export function settingsRoutes(options: { clock: Clock; settings: Omit<Settings, 'clock'> }) {
  return new Hono().get('/', anyStaff, (c) => {
    c.header('cache-control', 'no-store');
    const body: Settings = {
      ...options.settings,
      clock: { now: new Date(options.clock.now()).toISOString(), speed: options.clock.speed() },
    };
    return c.json(body);
  });
}
