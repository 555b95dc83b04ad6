import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, headless, with the flags this workplace needs (no background networking, no sandbox as root);
 * playwright gives each launch a fresh empty profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--disable-quic'],
  });
}
