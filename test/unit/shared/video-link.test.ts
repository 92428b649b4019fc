import { describe, expect, it } from 'vitest';
import { visitSchema } from '../../../src/shared/api/visit.ts';
import { toVideoLink } from '../../../src/shared/domain/video-link.ts';

describe('toVideoLink', () => {
  it('turns an https URL into a link', () => {
    expect(toVideoLink('https://video.example/room/abc', { allowHttp: false })).toEqual({
      kind: 'link',
      href: 'https://video.example/room/abc',
    });
  });

  it('allows http only when the deployment says so', () => {
    expect(toVideoLink('http://localhost:9/room', { allowHttp: true })).toEqual({
      kind: 'link',
      href: 'http://localhost:9/room',
    });
    expect(toVideoLink('http://localhost:9/room', { allowHttp: false })?.kind).toBe('unavailable');
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://example.com/room',
    'not a url',
  ])('refuses %s', (raw) => {
    expect(toVideoLink(raw, { allowHttp: true })?.kind).toBe('unavailable');
  });

  it('returns null when there is no link at all', () => {
    expect(toVideoLink(null, { allowHttp: true })).toBeNull();
    expect(toVideoLink('  ', { allowHttp: true })).toBeNull();
  });
});

describe('visitSchema video', () => {
  it('refuses a javascript: href even if a server bug let one through', () => {
    const visit = {
      id: '1',
      doctorId: 'd',
      addressId: 'a',
      start: '2026-11-23T09:00:00+01:00',
      end: '2026-11-23T09:30:00+01:00',
      status: 'booked',
      movedTo: null,
      patient: { name: 'A', surname: 'B', phone: null, email: null },
      service: null,
      comment: null,
      bookedAt: null,
      visitPayment: false,
      visitPaymentStatus: null,
      online: true,
      presence: null,
      confirmed: false,
    };
    expect(
      visitSchema.safeParse({ ...visit, video: { kind: 'link', href: 'https://v.example/r' } })
        .success,
    ).toBe(true);
    expect(
      visitSchema.safeParse({ ...visit, video: { kind: 'link', href: 'javascript:alert(1)' } })
        .success,
    ).toBe(false);
  });
});
