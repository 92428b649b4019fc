import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { catalog } from '../../src/web/lib/i18n/catalogs/en/index.ts';
import { setCatalog } from '../../src/web/lib/i18n/messages.ts';

// Components read English unless a test switches (test/component/i18n): the words the tests
// look for are English's.
setCatalog('en', catalog);

afterEach(() => cleanup());
