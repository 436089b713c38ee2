// SSH public keys for CodeCommit on "My security credentials", in a real browser: a key made by
// ssh-keygen uploaded through the form, deactivated and deleted; a user allowed only to list
// sees no upload form and no buttons; a bad key is refused with the operation's error.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, startBrowser, screenshot, signIn, unique } from './harness.mjs';

const SSH_ACTIONS = ['iam:ListSSHPublicKeys', 'iam:UploadSSHPublicKey', 'iam:UpdateSSHPublicKey', 'iam:DeleteSSHPublicKey'];
const policy = (actions) => JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: ['iam:GetUser', ...actions], Resource: 'arn:aws:iam::*:user/${aws:username}' },
  ],
});

const owner = unique('sshuser');
const viewer = unique('sshview');
const admin = unique('sshadmin');
const password = 'Ssh-Keys-Passw0rd!';
let server;
let browser;
let keyDir;

/** A fresh RSA key pair by ssh-keygen: its public line and MD5 fingerprint. */
function keygen() {
  const path = join(keyDir, unique('k'));
  execFileSync('ssh-keygen', ['-q', '-t', 'rsa', '-b', '2048', '-N', '', '-C', 'me@example', '-f', path]);
  const line = readFileSync(`${path}.pub`, 'utf8').trim();
  const md5 = execFileSync('ssh-keygen', ['-l', '-E', 'md5', '-f', `${path}.pub`], { encoding: 'utf8' })
    .split(' ')[1].replace(/^MD5:/, '');
  return { line, md5 };
}

before(async () => {
  keyDir = mkdtempSync(join(tmpdir(), 'iamd-ssh-keys-'));
  server = await startServer();
  browser = await startBrowser();
  const setUp = [];
  for (const [name, actions] of [[owner, SSH_ACTIONS], [viewer, ['iam:ListSSHPublicKeys']], [admin, []]]) {
    setUp.push(
      { op: 'create_user', args: { UserName: name } },
      { op: 'put_user_policy', args: { UserName: name, PolicyName: 'ssh', PolicyDocument: policy(actions) } },
      { op: 'create_login_profile', args: { UserName: name, Password: password, PasswordResetRequired: false } },
    );
  }
  setUp.push({
    op: 'put_user_policy',
    args: {
      UserName: admin,
      PolicyName: 'admin',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }] }),
    },
  });
  server.admin(setUp);
});
after(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(keyDir, { recursive: true, force: true });
});

test('upload, deactivate and delete an SSH public key', async () => {
  const { page } = browser;
  await signIn(page, server, owner, password);
  await page.goto(`${server.console}security-credentials`);
  assert.match(await page.locator('#ssh-keys').innerText(), /No SSH public keys/);

  // A key that is not RSA is refused with the operation's error, and nothing is uploaded.
  await page.locator('#ssh-key-body').fill('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ4Zq5dQ0U6Y3ZHxX9Q4v2y2bq4w3m0nXzYwq6t1W0fX');
  await page.getByRole('button', { name: 'Upload SSH public key' }).click();
  await page.waitForURL(/#ssh-keys$/);
  assert.match(await page.content(), /was not uploaded/);

  const key = keygen();
  await page.locator('#ssh-key-body').fill(key.line);
  await page.getByRole('button', { name: 'Upload SSH public key' }).click();
  await page.waitForURL(/#ssh-keys$/);
  const [listed] = server.admin([{ op: 'list_ssh_public_keys', args: { UserName: owner } }])[0].SSHPublicKeys;
  const id = listed.SSHPublicKeyId;
  const fetched = server.admin([
    { op: 'get_ssh_public_key', args: { UserName: owner, SSHPublicKeyId: id, Encoding: 'SSH' } },
  ])[0].SSHPublicKey;
  assert.equal(fetched.Fingerprint, key.md5);

  const row = () => page.locator('#ssh-keys tr', { hasText: id });
  assert.match(await row().innerText(), /Active/);
  await screenshot(page, 'ssh-keys');
  await row().getByRole('button', { name: 'Deactivate' }).click();
  await page.waitForURL(/#ssh-keys$/);
  assert.match(await row().innerText(), /Inactive/);
  await row().getByRole('button', { name: 'Delete' }).click();
  await page.waitForURL(/#ssh-keys$/);
  assert.equal(await row().count(), 0);
  assert.equal(server.admin([{ op: 'list_ssh_public_keys', args: { UserName: owner } }])[0].SSHPublicKeys.length, 0);
});

test('a user allowed only to list sees no upload form and no buttons', async () => {
  const key = keygen();
  server.admin([{ op: 'upload_ssh_public_key', args: { UserName: viewer, SSHPublicKeyBody: key.line } }]);
  const { page, context } = browser;
  await context.clearCookies();
  await signIn(page, server, viewer, password);
  await page.goto(`${server.console}security-credentials`);
  const section = page.locator('#ssh-keys');
  assert.match(await section.innerText(), /APKA[A-Z0-9]{16}/);
  assert.equal(await section.getByRole('button').count(), 0);
  assert.equal(await page.locator('#ssh-key-body').count(), 0);
});

test("an administrator deactivates and deletes a user's key on the user's page", async () => {
  const { page, context } = browser;
  const [listed] = server.admin([{ op: 'list_ssh_public_keys', args: { UserName: viewer } }])[0].SSHPublicKeys;
  const id = listed.SSHPublicKeyId;
  await context.clearCookies();
  await signIn(page, server, admin, password);
  await page.goto(`${server.console}users/${viewer}`);
  const row = () => page.locator('#ssh-keys tr', { hasText: id });
  assert.match(await row().innerText(), /Active/);
  await row().getByRole('button', { name: 'Deactivate' }).click();
  await page.waitForURL(/#ssh-keys$/);
  assert.match(await row().innerText(), /Inactive/);
  await row().getByRole('button', { name: 'Delete' }).click();
  await page.waitForURL(/#ssh-keys$/);
  assert.equal(await row().count(), 0);
  assert.equal(server.admin([{ op: 'list_ssh_public_keys', args: { UserName: viewer } }])[0].SSHPublicKeys.length, 0);
});
