import { existsSync, mkdirSync } from 'node:fs';
import { after, before } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import type { RunningServer } from '../../src/serve/start-server.ts';
import { servePeru } from './web-server.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = 'test-output/screenshots';

/** Debian's chromium driven by playwright-core; undefined (the tests skip, saying why) when it is not installed. */
export async function launchChromium(): Promise<Browser | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export const NO_CHROMIUM = `${CHROMIUM} not found: install it (apt-get install -y chromium) to run the browser tests`;

/** What a suite of browser tests works on: chromium (undefined when not installed) and the Peru example served. */
export interface PeruInBrowser {
  readonly browser: Browser | undefined;
  readonly server: RunningServer;
}

/**
 * Starts chromium and serves the Peru example on a fresh database before the suite's tests, and
 * closes both after them; the suite reads them from what this returns once its tests run.
 */
export function peruInBrowser(): PeruInBrowser {
  const held: { browser?: Browser; server?: RunningServer } = {};
  before(async () => {
    held.browser = await launchChromium();
    if (held.browser) held.server = await servePeru();
  });
  after(async () => {
    await held.browser?.close();
    await held.server?.close();
  });
  return {
    get browser() {
      return held.browser;
    },
    get server() {
      return held.server!;
    },
  };
}
