// Debian's Chromium, never a downloaded browser, with the flags that keep it off this machine's
// closed network. Shared by Playwright, the benchmark and the screenshots.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
