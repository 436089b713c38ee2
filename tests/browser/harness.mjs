// The browser tests' harness: a real `iamd serve` on a temporary data directory and a free
// loopback port, administrator calls through boto3 (admin.py), RFC 6238 codes computed from a
// seed shown on a page, and Chromium driven by Playwright.

import { spawn, spawnSync } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '..', '..');
// The README's screenshots are refreshed on request (IAMD_UPDATE_SCREENSHOTS=1); an ordinary
// run still takes every screenshot, into a temporary folder, so the tracked images do not
// change with each run's random names.
export const screenshotDir = process.env.IAMD_UPDATE_SCREENSHOTS === '1'
  ? join(repoRoot, 'docs', 'screenshots')
  : mkdtempSync(join(tmpdir(), 'iamd-screenshots-'));

const BIN = resolve(repoRoot, process.env.IAMD_BIN || 'target/debug/iamd');
const PYTHON = resolve(repoRoot, process.env.IAMD_TEST_PYTHON || '.venv-tests/bin/python');
const CHROMIUM = process.env.IAMD_CHROMIUM || '/usr/bin/chromium';
const LISTEN_RE = /iamd: IAM and STS for account (\d{12}) listening on (http:\/\/127\.0\.0\.1:\d+)\//;

/** A name no other test uses. */
export function unique(prefix) {
  return `${prefix}-${randomBytes(5).toString('hex')}`;
}

/** A running `iamd serve`. Stop it with `await server.stop()`. */
export async function startServer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'iamd-browser-'));
  const accessKeyId = 'AKIA' + randomBytes(8).toString('hex').toUpperCase();
  const secret = randomBytes(30).toString('base64url').slice(0, 40);
  const child = spawn(BIN, ['serve', '--data-dir', dataDir, '--listen', '127.0.0.1:0', '--account-id', '123456789012'], {
    env: { ...process.env, IAMD_ROOT_ACCESS_KEY_ID: accessKeyId, IAMD_ROOT_SECRET_ACCESS_KEY: secret, RUST_LOG: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const url = await new Promise((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`iamd serve did not start:\n${out}\n${stderr}`)), 30000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = LISTEN_RE.exec(out);
      if (m) { clearTimeout(timer); ok(m[2]); }
    });
    child.on('exit', (code) => { clearTimeout(timer); fail(new Error(`iamd serve exited (${code}):\n${stderr}`)); });
  });
  const server = {
    url,
    console: `${url}/console/`,
    account: '123456789012',
    dataDir,
    /** Run administrator calls (boto3 method names and arguments) as the root user. */
    admin(calls) {
      const r = spawnSync(PYTHON, [join(here, 'admin.py')], {
        input: JSON.stringify(calls),
        env: { ...process.env, IAMD_ENDPOINT: url, AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secret },
        encoding: 'utf8',
      });
      if (r.status !== 0) throw new Error(`admin call failed: ${r.stderr}`);
      return JSON.parse(r.stdout);
    },
    /** `iamd admin …` on this server's data directory, with `input` on stdin. */
    iamdAdmin(args, input) {
      const r = spawnSync(BIN, ['admin', ...args, '--data-dir', dataDir], { input, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`iamd admin failed: ${r.stderr}`);
      return r.stdout;
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((ok) => { if (child.exitCode !== null) ok(); else child.on('exit', ok); });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return server;
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

// --- TOTP (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps) -------------------------------

function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0; let value = 0; const out = [];
  for (const c of text.replace(/[\s=]/g, '').toUpperCase()) {
    const i = alphabet.indexOf(c);
    if (i < 0) throw new Error(`not base32: ${c}`);
    value = (value << 5) | i; bits += 5;
    if (bits >= 8) { out.push((value >>> (bits - 8)) & 0xff); bits -= 8; }
  }
  return Buffer.from(out);
}

/** The current time step. */
export function currentStep() {
  return Math.floor(Date.now() / 1000 / 30);
}

/** The code of `seed` (base32) for time step `step`. */
export function totp(seed, step) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', base32Decode(seed)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const n = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(n).padStart(6, '0');
}

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

/** The RFC 6238 self-test vector (seed "12345678901234567890", T = 59 s → 94287082). */
export function totpSelfTest() {
  const seed = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
  return totp(seed, 1) === '287082';
}
