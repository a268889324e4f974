import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export interface PhoneBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** The machine's headless Chromium sized as a phone, with a throwaway profile (removed on close). */
export async function launchPhoneBrowser(): Promise<PhoneBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'settle-chromium-'));
  // A persistent context is how Playwright takes a user data dir.
  const context = await chromium.launchPersistentContext(userDataDir, {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
