// The bootstrap the server writes into the page: taken when it matches its schema, ignored (the
// page then asks the server) when it is missing or wrong.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageBootstrapElementId } from '../../../src/shared/api/page-bootstrap.ts';
import { readPageBootstrap } from '../../../src/web/lib/page-bootstrap.ts';
import { buildSettings } from '../../fixtures/agenda.ts';

const bootstrap = {
  session: {
    user: {
      username: 'doctor',
      displayName: 'Dr Anna',
      role: 'doctor',
      doctorId: '100101',
      locale: null,
    },
    csrfToken: 'csrf-1',
  },
  settings: buildSettings(),
  firstWeek: { from: '2026-11-23T00:00:00+01:00', to: '2026-11-30T00:00:00+01:00' },
};

function pageWith(text: string | null): Document {
  const doc = document.implementation.createHTMLDocument('page');
  if (text !== null) {
    const script = doc.createElement('script');
    script.type = 'application/json';
    script.id = pageBootstrapElementId;
    script.textContent = text;
    doc.head.append(script);
  }
  return doc;
}

afterEach(() => vi.restoreAllMocks());

describe('reading the page bootstrap', () => {
  it('takes a bootstrap that matches the schema', () => {
    expect(readPageBootstrap(pageWith(JSON.stringify(bootstrap)))).toEqual(bootstrap);
  });

  it('is null without one (signed out, or the dev server)', () => {
    expect(readPageBootstrap(pageWith(null))).toBeNull();
  });

  it('ignores one that is not JSON or not the shape, and says so', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(readPageBootstrap(pageWith('{not json'))).toBeNull();
    const wrong = { ...bootstrap, session: { user: { username: 'x' } } };
    expect(readPageBootstrap(pageWith(JSON.stringify(wrong)))).toBeNull();
    expect(warn).toHaveBeenCalledTimes(2);
  });
});
