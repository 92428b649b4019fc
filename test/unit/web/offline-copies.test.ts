import { describe, expect, it } from 'vitest';
import {
  keptForOffline,
  markPageAsCopy,
  offlineCopyMeta,
  receivedAtOf,
} from '../../../src/web/lib/offline/offline-copies.ts';

describe('what the service worker keeps for offline', () => {
  it('keeps the reads the agenda shows', () => {
    for (const path of [
      '/api/agenda',
      '/api/settings',
      '/api/auth/session',
      '/api/visits/1/history',
    ]) {
      expect(keptForOffline(path), path).toBe(true);
    }
  });

  it('never the live stream, metrics, health, webhooks, sign-in, nor anything outside the API', () => {
    for (const path of [
      '/api/live',
      '/api/metrics',
      '/api/health',
      '/api/webhook/docplanner',
      '/api/auth/sign-in',
      '/assets/index.js',
      '/',
    ]) {
      expect(keptForOffline(path), path).toBe(false);
    }
  });
});

describe('a copy says it is one', () => {
  it('a page copy carries when it was received, first in its head', () => {
    const html =
      '<!doctype html><html lang="pl"><head><meta charset="UTF-8"></head><body></body></html>';
    const marked = markPageAsCopy(html, '2026-12-07T09:42:00.000Z');
    expect(marked).toContain(
      `<head><meta name="${offlineCopyMeta}" content="2026-12-07T09:42:00.000Z"><meta charset`,
    );
  });

  it('writes nothing but an instant into the page', () => {
    const marked = markPageAsCopy('<head></head>', '"><script>alert(1)</script>');
    expect(marked).not.toContain('<script>');
    expect(marked).not.toContain('">"');
  });

  it('leaves a page without a head as it is', () => {
    expect(markPageAsCopy('<p>hi</p>', '2026-12-07T09:42:00.000Z')).toBe('<p>hi</p>');
  });

  it('was received when the server dated it, else now', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    const dated = new Response('', { headers: { date: 'Mon, 07 Dec 2026 09:42:00 GMT' } });
    expect(receivedAtOf(dated, now)).toBe('2026-12-07T09:42:00.000Z');
    expect(receivedAtOf(new Response(''), now)).toBe('2026-12-07T10:00:00.000Z');
  });
});
