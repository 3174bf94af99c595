import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import type { BrowserContext } from 'playwright-core';
import { TOKENS } from '../http/test-app.ts';
import { NO_CHROMIUM, peruInBrowser } from './browser.ts';

/** axe-core's browser build: injected into each page, it audits the page as rendered. */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const FINAL = 'torneo-del-inca/final/2014-05-21/alianza-lima-v-universidad-san-martin';
const INCA = '/seasons/peru-2014/competitions/torneo-del-inca';
const matchPath = (id: string) => `/seasons/peru-2014/matches/${encodeURIComponent(id)}`;

/** Every kind of page the server renders. */
const PAGES = [
  { name: 'season', path: '/seasons/peru-2014' },
  { name: 'competition with groups and a final', path: INCA },
  { name: 'league', path: '/seasons/peru-2014/competitions/descentralizado' },
  { name: 'pyramid of knockouts', path: '/seasons/peru-2014/competitions/copa-peru' },
  { name: 'forecast', path: '/seasons/peru-2014/competitions/descentralizado/forecast' },
  { name: 'article', path: `${INCA}/article` },
  { name: 'team', path: '/seasons/peru-2014/teams/alianza-lima' },
  { name: 'match', path: matchPath(FINAL) },
  { name: 'sign-in', path: '/seasons/peru-2014/sign-in' },
  { name: 'not found', path: '/seasons/peru-2014/teams/nobody' },
  { name: 'API docs', path: '/docs' },
];

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

/**
 * Runs axe (WCAG 2.x A and AA rules, and its best practices) on the page and returns its serious
 * and critical findings in words: rule, what it asks, and the first elements at fault.
 */
async function seriousFindings(context: BrowserContext, url: string): Promise<string[]> {
  const page = await context.newPage();
  try {
    const res = await page.goto(url);
    assert.ok(res, `${url} answered`);
    await page.addScriptTag({ path: AXE });
    const result = await page.evaluate<AxeResult>(
      `axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })`,
    );
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
  } finally {
    await page.close();
  }
}

describe('accessibility: axe finds nothing serious on any page kind, on a phone and a desktop', () => {
  const peru = peruInBrowser();

  for (const width of [390, 1280])
    for (const lang of ['en', 'es'])
      it(`every page kind at ${width} px in ${lang === 'en' ? 'English' : 'Spanish'}`, async (t) => {
        if (!peru.browser) return t.skip(NO_CHROMIUM);
        // The pages' Content-Security-Policy allows only their own scripts: the audit's is let in.
        const context = await peru.browser.newContext({ viewport: { width, height: 844 }, bypassCSP: true });
        try {
          const findings: string[] = [];
          for (const { name, path } of PAGES)
            for (const f of await seriousFindings(context, `${peru.server.url}${path}?lang=${lang}`))
              findings.push(`${name}: ${f}`);
          assert.deepEqual(findings, [], findings.join('\n'));
        } finally {
          await context.close();
        }
      });

  it('the recording form, signed in, at 390 px and 1280 px', async (t) => {
    if (!peru.browser) return t.skip(NO_CHROMIUM);
    for (const width of [390, 1280]) {
      const context = await peru.browser.newContext({ viewport: { width, height: 844 }, bypassCSP: true });
      try {
        const p = await context.newPage();
        const next = `/seasons/peru-2014/record?match=${encodeURIComponent(FINAL)}`;
        await p.goto(`${peru.server.url}/seasons/peru-2014/sign-in?lang=en&next=${encodeURIComponent(next)}`);
        await p.getByLabel('Access token').fill(TOKENS.incaRecorder);
        await p.getByRole('button', { name: 'Sign in' }).click();
        await p.waitForURL(/\/record/);
        await p.close();
        const findings = await seriousFindings(context, `${peru.server.url}${next}&lang=en`);
        assert.deepEqual(findings, [], `record form at ${width} px:\n${findings.join('\n')}`);
      } finally {
        await context.close();
      }
    }
  });
});
