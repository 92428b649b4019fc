// The SPA's Temporal: the browser's own where it has one, without fetching the polyfill; the
// polyfill, fetched once, where it is missing.
import { Temporal as PolyfillTemporal } from 'temporal-polyfill';
import { describe, expect, it, vi } from 'vitest';
import * as browserTemporal from '../../../src/web/lib/browser-temporal.ts';

/** Stands for a browser's Temporal: the polyfill's, under another identity. */
const ownTemporal = { ...PolyfillTemporal } as typeof PolyfillTemporal;

describe('ensureTemporal', () => {
  it('takes the browser’s own Temporal and fetches no polyfill', async () => {
    const loadPolyfill = vi.fn(async () => {});
    const taken = await browserTemporal.ensureTemporal({ Temporal: ownTemporal }, loadPolyfill);
    expect(taken).toBe('native');
    expect(loadPolyfill).not.toHaveBeenCalled();
    expect(browserTemporal.Temporal).toBe(ownTemporal);
  });

  it('fetches the polyfill where the browser has none, and hands it to every import', async () => {
    const scope: { Temporal?: typeof PolyfillTemporal } = {};
    const loadPolyfill = vi.fn(async () => {
      scope.Temporal = PolyfillTemporal;
    });
    const taken = await browserTemporal.ensureTemporal(scope, loadPolyfill);
    expect(taken).toBe('polyfill');
    expect(loadPolyfill).toHaveBeenCalledTimes(1);
    expect(browserTemporal.Temporal).toBe(PolyfillTemporal);
    expect(browserTemporal.Temporal.PlainDate.from('2026-12-07').dayOfWeek).toBe(1);
  });

  it('says so when the polyfill did not install itself', async () => {
    await expect(browserTemporal.ensureTemporal({}, async () => {})).rejects.toThrow(
      'did not install',
    );
  });
});
