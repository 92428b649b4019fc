import { describe } from 'vitest';
import { signInPage } from '../support/staff-session.ts';
import { test } from './fixtures.ts';

describe('probe', () => {
  test('dom', async ({ page }) => {
    await signInPage(page, 'reception');
    await page.locator('[data-visit-id]').first().waitFor();
    const info = await page.evaluate(() => {
      const el = document.querySelector('[data-visit-id]')!;
      const chain = [];
      let c: Element | null = el;
      for (let i = 0; i < 5 && c; i++) {
        chain.push(c.className);
        c = c.parentElement;
      }
      return {
        draggable: document.querySelectorAll('.fc-QN').length,
        events: document.querySelectorAll('.fc-gF').length,
        chain,
      };
    });
    console.log(JSON.stringify(info, null, 1));
  });
});
