// The root user: its console password is set with `iamd admin set-root-password` while the
// server runs (read from stdin, never from the command line), then it signs in. A wrong
// password gets the same answer as an unknown user.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, startBrowser, signIn } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await startBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('root signs in with the password set by iamd admin set-root-password', async () => {
  const { page } = browser;
  const password = 'Root-Console-Passw0rd';
  // Before any root password is set, root cannot sign in.
  await signIn(page, server, null, password);
  const before = await page.getByRole('alert').innerText();
  assert.match(before, /Sign-in failed/);

  const out = server.iamdAdmin(['set-root-password'], `${password}\n`);
  assert.match(out, /root user's console password for account 123456789012 is set/);

  await signIn(page, server, null, 'not-the-password');
  assert.equal(await page.getByRole('alert').innerText(), before, 'a wrong password reads like any failure');
  await signIn(page, server, 'no-such-user', password);
  assert.match(await page.getByRole('alert').innerText(), /Sign-in failed/);

  await signIn(page, server, null, password);
  await page.waitForURL(/\/console\/$/);
  assert.match(await page.locator('main').innerText(), /arn:aws:iam::123456789012:root/);
  await page.goto(`${server.console}security-credentials`);
  assert.match(await page.locator('#password').innerText(), /iamd admin set-root-password/);
  assert.ok(await page.getByRole('button', { name: 'Create access key' }).isVisible());
});
