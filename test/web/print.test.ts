import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { NO_CHROMIUM, SCREENSHOTS, peruInBrowser } from './browser.ts';

/** A4 at 96 px per inch less the print margins (10 mm each side): the width a printed table has. */
const PRINTED_WIDTH = Math.floor(((210 - 20) / 25.4) * 96);

const SHEETS = [
  { name: 'competition-inca', path: '/seasons/peru-2014/competitions/torneo-del-inca?lang=es' },
  { name: 'competition-descentralizado', path: '/seasons/peru-2014/competitions/descentralizado?lang=en' },
  { name: 'team-alianza-lima', path: '/seasons/peru-2014/teams/alianza-lima?lang=es' },
];

describe('tables and fixture sheets on paper', () => {
  const peru = peruInBrowser();

  const printed = async (path: string): Promise<Page> => {
    const p = await peru.browser!.newPage({ viewport: { width: PRINTED_WIDTH, height: 1100 } });
    await p.goto(`${peru.server.url}${path}`);
    await p.emulateMedia({ media: 'print' });
    return p;
  };

  for (const sheet of SHEETS) {
    it(`prints ${sheet.name}: no navigation, forms or live status; every table within the page`, async (t) => {
      if (!peru.browser) return t.skip(NO_CHROMIUM);
      const p = await printed(sheet.path);
      for (const hidden of ['header.site', 'footer.site', 'form', '#live-note'])
        for (const el of await p.locator(hidden).all())
          assert.equal(await el.isVisible(), false, `${sheet.name}: ${hidden} is printed`);
      await p.locator('table.data').first().waitFor({ state: 'visible' });
      const tables = await p.locator('table.data').all();
      for (const table of tables) {
        const box = await table.boundingBox();
        assert.ok(box && box.x + box.width <= PRINTED_WIDTH + 1, `${sheet.name}: a table runs off the page`);
      }
      assert.equal(
        await p.evaluate(
          '[...document.querySelectorAll("table.data thead")].every((t) => getComputedStyle(t).display === "table-header-group")',
        ),
        true,
        'every table repeats its header on each printed page',
      );
      for (const details of await p.locator('details').all())
        assert.ok(
          await details.locator('table').first().isVisible(),
          'fixtures folded away on screen are printed',
        );
      // The venue is on the sheet even though a phone hides it.
      if (await p.locator('table.fixtures').count())
        assert.ok(await p.locator('table.fixtures th.hide-narrow').first().isVisible());
      await p.screenshot({ path: `${SCREENSHOTS}/print-${sheet.name}.png`, fullPage: true });
      const pdf = await p.pdf({ format: 'A4', printBackground: false });
      assert.ok(pdf.subarray(0, 5).toString() === '%PDF-', 'chromium prints it');
      await p.close();
    });
  }
});
