// The slots Docplanner holds for the range on screen, as windows of open hours (consecutive
// slots of one address merged: a week is a few dozen background blocks, not a thousand).
// Loaded when the range changes, again after hours are published or a visit arrives.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SlotsLayer } from '../../../shared/api/online-hours.ts';
import type { InstantRange } from '../../lib/facility-time.ts';
import { t } from '../../lib/i18n/messages.ts';

/** Hours one address of one doctor is open on Docplanner. */
export interface OpenHours {
  id: string;
  doctorId: string;
  addressId: string;
  online: boolean;
  start: string;
  end: string;
}

export interface OpenHoursState {
  range: InstantRange | null;
  /** Stable identity until the next answer, so the calendar rebuilds nothing in between. */
  hours: readonly OpenHours[];
  /** Why the layer is missing, in a sentence; null when it is shown. */
  problem: string | null;
  show: (range: InstantRange) => void;
  reload: () => void;
}

export type OpenHoursStore = StoreApi<OpenHoursState>;

export type LoadSlots = (range: InstantRange, signal: AbortSignal) => Promise<SlotsLayer>;

/** Consecutive slots (one ends where the next starts) of one address become one window. */
export function mergeSlots(slots: SlotsLayer['slots']): OpenHours[] {
  const byAddress = new Map<string, SlotsLayer['slots']>();
  for (const slot of slots) {
    const list = byAddress.get(slot.addressId) ?? [];
    list.push(slot);
    byAddress.set(slot.addressId, list);
  }
  const windows: (OpenHours & { endMs: number })[] = [];
  for (const [addressId, list] of byAddress) {
    const sorted = list
      .map((slot) => ({ ...slot, startMs: Date.parse(slot.start), endMs: Date.parse(slot.end) }))
      .sort((a, b) => a.startMs - b.startMs);
    let current: (OpenHours & { endMs: number }) | null = null;
    for (const slot of sorted) {
      if (current && slot.startMs <= current.endMs) {
        if (slot.endMs > current.endMs) {
          current.endMs = slot.endMs;
          current.end = slot.end;
        }
        continue;
      }
      if (current) windows.push(current);
      current = {
        id: `open-hours-${addressId}-${slot.start}`,
        doctorId: slot.doctorId,
        addressId,
        online: slot.online,
        start: slot.start,
        end: slot.end,
        endMs: slot.endMs,
      };
    }
    if (current) windows.push(current);
  }
  return windows.map(({ endMs: _endMs, ...window }) => window);
}

export function createOpenHoursStore(loadSlots: LoadSlots): OpenHoursStore {
  let inFlight: AbortController | null = null;
  return createStore<OpenHoursState>()((set, get) => {
    async function load(range: InstantRange) {
      inFlight?.abort();
      const controller = new AbortController();
      inFlight = controller;
      try {
        const layer = await loadSlots(range, controller.signal);
        if (controller.signal.aborted) return;
        set({ hours: mergeSlots(layer.slots), problem: null });
      } catch (error) {
        if (controller.signal.aborted) return;
        // Said in the page's language when it happens: the store lives as long as the App, which
        // is mounted afresh on every change of language.
        const reason = error instanceof Error ? error.message : t('hours.error.unknown');
        set({ hours: [], problem: t('hours.layer.failed', { reason: reason.replace(/\.$/, '') }) });
      } finally {
        if (inFlight === controller) inFlight = null;
      }
    }
    return {
      range: null,
      hours: [],
      problem: null,
      show: (range) => {
        const current = get().range;
        // A range inside the one already asked for needs no new read: the calendar draws only
        // what it shows. (On load the agenda asks for a padded week, then the exact one; a
        // second read would make the calendar re-read every visit of a busy week again.)
        if (
          current &&
          Date.parse(current.from) <= Date.parse(range.from) &&
          Date.parse(range.to) <= Date.parse(current.to)
        ) {
          return;
        }
        set({ range });
        void load(range);
      },
      reload: () => {
        const { range } = get();
        if (range) void load(range);
      },
    };
  });
}
