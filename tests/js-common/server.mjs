// A real `iamd serve` for the JavaScript test suites: a temporary data directory, a free
// loopback port, account 123456789012 and a random root key given through the environment.

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '..', '..');
export const BIN = resolve(repoRoot, process.env.IAMD_BIN || 'target/debug/iamd');
const LISTEN_RE = /iamd: IAM and STS for account (\d{12}) listening on (http:\/\/127\.0\.0\.1:\d+)\//;

/** A name no other test uses. */
export function unique(prefix) {
  return `${prefix}-${randomBytes(5).toString('hex')}`;
}

/**
 * Starts `iamd serve`; resolves to `{ url, account, dataDir, root: { accessKeyId,
 * secretAccessKey }, stop() }` once it announces where it listens.
 */
export async function startServer({ prefix = 'iamd-js-' } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const root = {
    accessKeyId: 'AKIA' + randomBytes(8).toString('hex').toUpperCase(),
    secretAccessKey: randomBytes(30).toString('base64url').slice(0, 40),
  };
  const child = spawn(BIN, ['serve', '--data-dir', dataDir, '--listen', '127.0.0.1:0', '--account-id', '123456789012'], {
    env: {
      ...process.env,
      IAMD_ROOT_ACCESS_KEY_ID: root.accessKeyId,
      IAMD_ROOT_SECRET_ACCESS_KEY: root.secretAccessKey,
      RUST_LOG: 'warn',
    },
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
  return {
    url,
    account: '123456789012',
    dataDir,
    root,
    child,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((ok) => { if (child.exitCode !== null) ok(); else child.on('exit', ok); });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
