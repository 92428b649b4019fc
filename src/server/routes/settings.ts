import { Hono } from 'hono';
import type { Settings } from '../../shared/api/settings.ts';
import { anyStaff } from '../auth/access.ts';
import type { Clock } from '../clock/clock.ts';

export interface SettingsOptions {
  clock: Clock;
  settings: Omit<Settings, 'clock'>;
}

/** The settings as of now: the configured ones and the server's clock. */
export function currentSettings({ clock, settings }: SettingsOptions): Settings {
  return { ...settings, clock: { now: new Date(clock.now()).toISOString(), speed: clock.speed() } };
}

export function settingsRoutes(options: SettingsOptions) {
  return new Hono().get('/', anyStaff, (c) => {
    c.header('cache-control', 'no-store');
    return c.json(currentSettings(options));
  });
}
