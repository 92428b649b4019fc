// Finds a Chromium for playwright-core and launches it headless: the machine's own when there is
// one, else the binary shipped inside @sparticuz/chromium, so a fresh CI machine needs no apt-get.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';

const systemChromium = '/usr/bin/chromium';

/** Quiet, offline, reproducible: no GPU, no QUIC, no background calls home. */
const baseArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ChromiumBinary {
  executablePath: string;
  source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
  /** Extra environment the binary needs (the bundled one brings its own fonts). */
  env: Record<string, string>;
}

/**
 * `$CHROMIUM_PATH`, else `/usr/bin/chromium`, else the bundled one.
 * `CHROMIUM_PREFER_BUNDLED=1` skips the system binary, to check the fallback on a machine that has one.
 */
export async function findChromium(): Promise<ChromiumBinary> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return { executablePath: fromEnv, source: 'CHROMIUM_PATH', env: {} };
  }
  if (process.env.CHROMIUM_PREFER_BUNDLED !== '1' && existsSync(systemChromium)) {
    return { executablePath: systemChromium, source: 'system', env: {} };
  }
  // Extracts once into the temp dir (chromium, fonts, swiftshader) and reuses it afterwards.
  const bundled = (await import('@sparticuz/chromium')).default;
  bundled.setGraphicsMode = false;
  const executablePath = await bundled.executablePath();
  // The fonts come out next to the binary; without this the headless shell has no font at all.
  return {
    executablePath,
    source: '@sparticuz/chromium',
    env: { FONTCONFIG_PATH: process.env.FONTCONFIG_PATH ?? join(tmpdir(), 'fonts') },
  };
}

export async function launchChromium(): Promise<Browser> {
  const binary = await findChromium();
  return chromium.launch({
    executablePath: binary.executablePath,
    headless: true,
    args: baseArgs,
    env: { ...process.env, ...binary.env },
  });
}
