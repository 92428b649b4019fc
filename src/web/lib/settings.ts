// The clinic's settings (`GET /api/settings`), loaded once per page. Until they arrive the
// shared defaults apply, so a join button never waits for them.
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Settings } from '../../shared/api/settings.ts';
import { defaultJoinWindow } from '../../shared/domain/join-window.ts';
import { defaultPaymentWindow } from '../../shared/domain/payment-window.ts';
import { fetchSettings } from './api-client.ts';
import { showingCopy } from './offline/offline-state.ts';
import { type ServerClock, serverClock } from './server-clock.ts';

export type ClinicSettings = Omit<Settings, 'clock' | 'timeZone'>;

export const defaultSettings: ClinicSettings = {
  joinWindow: defaultJoinWindow,
  reminderLeadMinutes: [10, 2],
  paymentWindow: defaultPaymentWindow,
  snoozeMinutes: 5,
};

interface SettingsState {
  settings: ClinicSettings;
  /** The facility's zone; unknown until the settings arrive. */
  timeZone: string | null;
  loaded: boolean;
}

export const settingsStore = createStore<SettingsState>()(() => ({
  settings: defaultSettings,
  timeZone: null,
  loaded: false,
}));

let loading: Promise<void> | null = null;

/**
 * Loads the settings once (later calls share the request) and syncs the server clock. A failed
 * load (e.g. asked before signing in) is forgotten, so the next call tries again.
 */
export function loadSettings(
  load: (signal?: AbortSignal) => Promise<Settings> = fetchSettings,
  clock: ServerClock = serverClock,
): Promise<void> {
  loading ??= load()
    .then((settings) => applySettings(settings, clock))
    .catch((error: unknown) => {
      // The defaults stay until a later call succeeds.
      loading = null;
      console.warn('Could not load the settings; using the defaults', String(error));
    });
  return loading;
}

/** Settings that came another way (written into the page): as if loaded. */
export function applySettings(
  { clock: serverTime, timeZone, ...settings }: Settings,
  clock: ServerClock = serverClock,
): void {
  // A copy kept for offline carries the server's time of then, not of now: the device's clock
  // is the better guess until the server is back.
  if (!showingCopy()) clock.sync(serverTime.now, serverTime.speed);
  settingsStore.setState({ settings, timeZone, loaded: true });
  loading = Promise.resolve();
}

/** Tests: forget what was loaded. */
export function resetSettings(): void {
  loading = null;
  settingsStore.setState({ settings: defaultSettings, timeZone: null, loaded: false });
}

/** The facility's zone from the settings, or null until they have arrived (not reactive). */
export function facilityTimeZone(): string | null {
  return settingsStore.getState().timeZone;
}

/** The facility's zone from the settings, or null until they have arrived. */
export function useFacilityTimeZone(): string | null {
  return useStore(settingsStore, (state) => state.timeZone);
}

export function useSettings<T>(selector: (settings: ClinicSettings) => T): T {
  return useStore(settingsStore, (state) => selector(state.settings));
}
