// The browser tests' harness: a real `iamd serve` on a temporary data directory and a free
// loopback port, administrator calls through boto3 (admin.py), RFC 6238 codes computed from a
// seed shown on a page, and Chromium driven by Playwright.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

import { BIN, repoRoot, startServer as startIamd } from '../js-common/server.mjs';

export { repoRoot, unique } from '../js-common/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
// The README's screenshots are refreshed on request (IAMD_UPDATE_SCREENSHOTS=1); an ordinary
// run still takes every screenshot, into a temporary folder, so the tracked images do not
// change with each run's random names.
export const screenshotDir = process.env.IAMD_UPDATE_SCREENSHOTS === '1'
  ? join(repoRoot, 'docs', 'screenshots')
  : mkdtempSync(join(tmpdir(), 'iamd-screenshots-'));

const PYTHON = resolve(repoRoot, process.env.IAMD_TEST_PYTHON || '.venv-tests/bin/python');
const CHROMIUM = process.env.IAMD_CHROMIUM || '/usr/bin/chromium';

/** A running `iamd serve` with administrator helpers. Stop it with `await server.stop()`. */
export async function startServer() {
  const server = await startIamd({ prefix: 'iamd-browser-' });
  const { accessKeyId, secretAccessKey } = server.root;
  return Object.assign(server, {
    console: `${server.url}/console/`,
    /** Run administrator calls (boto3 method names and arguments) as the root user. */
    admin(calls) {
      const r = spawnSync(PYTHON, [join(here, 'admin.py')], {
        input: JSON.stringify(calls),
        env: { ...process.env, IAMD_ENDPOINT: server.url, AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey },
        encoding: 'utf8',
      });
      if (r.status !== 0) throw new Error(`admin call failed: ${r.stderr}`);
      return JSON.parse(r.stdout);
    },
    /** `iamd admin …` on this server's data directory, with `input` on stdin. */
    iamdAdmin(args, input) {
      const r = spawnSync(BIN, ['admin', ...args, '--data-dir', server.dataDir], { input, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`iamd admin failed: ${r.stderr}`);
      return r.stdout;
    },
  });
}

/** A fresh Chromium (its own profile directory) and one page. Close with `await browser.close()`. */
export async function startBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'iamd-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const page = context.pages()[0] || await context.newPage();
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Save a screenshot of the whole page as NAME.png in `screenshotDir`. */
export async function screenshot(page, name) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

export { currentStep, totp, totpSelfTest } from '../js-common/totp.mjs';

// --- console flows -------------------------------------------------------------------------

/** Sign in from the sign-in page as an IAM user (or root when `user` is null). */
export async function signIn(page, server, user, password) {
  await page.goto(`${server.console}signin`);
  if (user === null) {
    await page.getByLabel('Root user').check();
  } else {
    await page.getByLabel('IAM user', { exact: true }).check();
    await page.getByLabel('IAM user name').fill(user);
  }
  await page.getByLabel('Account ID or alias').fill(server.account);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForLoadState('load');
}
