// My security credentials in a real browser: MFA enrolment with codes computed from the seed
// shown on the page and sign-in with MFA; an access key's secret shown once; a password change
// refused for a rule and then accepted; the session cookie's flags; forms without the CSRF
// token refused.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, startBrowser, screenshot, signIn, unique, totp, currentStep, totpSelfTest,
} from './harness.mjs';

const SELF_SERVICE = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'AllowViewAccountInfo', Effect: 'Allow', Action: ['iam:GetAccountPasswordPolicy', 'iam:ListVirtualMFADevices'], Resource: '*' },
    { Sid: 'AllowManageOwnPasswords', Effect: 'Allow', Action: ['iam:ChangePassword', 'iam:GetUser'], Resource: 'arn:aws:iam::*:user/${aws:username}' },
    {
      Sid: 'AllowManageOwnAccessKeys', Effect: 'Allow',
      Action: ['iam:CreateAccessKey', 'iam:DeleteAccessKey', 'iam:ListAccessKeys', 'iam:UpdateAccessKey', 'iam:GetAccessKeyLastUsed'],
      Resource: 'arn:aws:iam::*:user/${aws:username}',
    },
    {
      Sid: 'AllowManageOwnGitCredentials', Effect: 'Allow',
      Action: ['iam:CreateServiceSpecificCredential', 'iam:DeleteServiceSpecificCredential', 'iam:ListServiceSpecificCredentials',
        'iam:ResetServiceSpecificCredential', 'iam:UpdateServiceSpecificCredential'],
      Resource: 'arn:aws:iam::*:user/${aws:username}',
    },
    { Sid: 'AllowManageOwnVirtualMFADevice', Effect: 'Allow', Action: ['iam:CreateVirtualMFADevice', 'iam:DeleteVirtualMFADevice'], Resource: 'arn:aws:iam::*:mfa/*' },
    {
      Sid: 'AllowManageOwnUserMFA', Effect: 'Allow',
      Action: ['iam:DeactivateMFADevice', 'iam:EnableMFADevice', 'iam:ListMFADevices', 'iam:ResyncMFADevice'],
      Resource: 'arn:aws:iam::*:user/${aws:username}',
    },
  ],
});

const user = unique('alice');
let password = 'Alice-Passw0rd-Start!';
let server;
let browser;

before(async () => {
  assert.ok(totpSelfTest(), 'the test TOTP matches RFC 6238');
  server = await startServer();
  browser = await startBrowser();
  server.admin([
    {
      op: 'update_account_password_policy',
      args: { MinimumPasswordLength: 12, RequireSymbols: true, RequireNumbers: true, AllowUsersToChangePassword: false },
    },
    { op: 'create_user', args: { UserName: user } },
    { op: 'put_user_policy', args: { UserName: user, PolicyName: 'my-security-credentials', PolicyDocument: SELF_SERVICE } },
    { op: 'create_login_profile', args: { UserName: user, Password: password, PasswordResetRequired: false } },
  ]);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Wait until at least `margin` seconds remain in the current 30-second step. */
async function awayFromStepEdge(margin = 4) {
  const left = 30 - ((Date.now() / 1000) % 30);
  if (left < margin) await new Promise((ok) => setTimeout(ok, (left + 0.5) * 1000));
}

test('the session cookie is HttpOnly, SameSite=Strict, scoped to /console/', async () => {
  const { page, context } = browser;
  await signIn(page, server, user, password);
  assert.match(page.url(), /\/console\/$/);
  const cookies = await context.cookies(server.console);
  const session = cookies.find((c) => c.name === 'iamd_session');
  assert.ok(session, 'a session cookie is set');
  assert.equal(session.httpOnly, true);
  assert.equal(session.sameSite, 'Strict');
  assert.equal(session.path, '/console/');
  // Served over plain HTTP (no TLS, no trusted proxy): not Secure.
  assert.equal(session.secure, false);
  assert.ok(session.value.length >= 43);
  assert.ok(!page.url().includes(session.value));
});

test('a form posted without the session CSRF token is refused', async () => {
  const { page } = browser;
  const create = `${server.console}security-credentials/access-keys/create`;
  const missing = await page.request.post(create, { form: {}, maxRedirects: 0 });
  assert.equal(missing.status(), 403);
  assert.match(await missing.text(), /This form was refused/);
  const wrong = await page.request.post(create, { form: { csrf: '0'.repeat(64) }, maxRedirects: 0 });
  assert.equal(wrong.status(), 403);
  const keys = server.admin([{ op: 'list_access_keys', args: { UserName: user } }])[0];
  assert.equal(keys.AccessKeyMetadata.length, 0, 'no key was created');
});

test('MFA enrolment with codes computed from the seed on the page, then sign-in with MFA', async () => {
  const { page } = browser;
  await page.goto(`${server.console}security-credentials`);
  await page.getByRole('button', { name: 'Assign MFA device' }).click();
  await page.waitForURL(/\/security-credentials\/mfa$/);
  const seed = (await page.locator('#mfa-seed').innerText()).trim();
  assert.match(seed, /^[A-Z2-7]{16,}$/);
  const qr = page.getByRole('img', { name: /QR code/ });
  assert.ok((await qr.getAttribute('src')).startsWith('data:image/png;base64,'));
  await awayFromStepEdge();
  // Two consecutive codes: the previous step's and the current one.
  const s = currentStep();
  await page.getByLabel('MFA code 1').fill(totp(seed, s - 1));
  await page.getByLabel('MFA code 2').fill(totp(seed, s));
  await page.getByRole('button', { name: 'Add MFA' }).click();
  await page.waitForURL(/\/security-credentials#mfa$/);
  assert.match(await page.getByRole('status').first().innerText(), /MFA device assigned/);
  assert.match(await page.locator('#mfa').innerText(), new RegExp(`arn:aws:iam::123456789012:mfa/${user}`));

  // Sign out, sign in again: the MFA step asks for a code.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/console\/signin$/);
  await signIn(page, server, user, password);
  assert.match(page.url(), /\/console\/signin\/mfa$/);
  await screenshot(page, 'mfa-step');
  // A code that was already used is refused (codes work once).
  await page.getByLabel('MFA code').fill(totp(seed, s));
  await page.getByRole('button', { name: 'Continue' }).click();
  assert.match(await page.getByRole('alert').innerText(), /not accepted/);
  // The next code is accepted.
  await page.getByLabel('MFA code').fill(totp(seed, s + 1));
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/\/console\/$/);
  assert.match(await page.locator('main').innerText(), /MFA used at sign-in\s+Yes/);
});

test('an access key secret is shown once, with a copy button and a CSV download', async () => {
  const { page } = browser;
  await page.goto(`${server.console}security-credentials`);
  await page.getByRole('button', { name: 'Create access key' }).click();
  await page.waitForURL(/\/security-credentials\/created$/);
  const id = (await page.locator('#secret-id').innerText()).trim();
  const secret = (await page.locator('#secret-value').innerText()).trim();
  assert.match(id, /^AKIA[A-Z0-9]{16}$/);
  assert.equal(secret.length, 40);
  assert.ok(!page.url().includes(secret));
  assert.ok(await page.getByRole('button', { name: 'Copy' }).first().isVisible());
  const link = page.getByRole('link', { name: 'Download .csv file' });
  assert.equal(await link.getAttribute('download'), `${user}_accessKeys.csv`);
  const download = await Promise.all([page.waitForEvent('download'), link.click()]).then(([d]) => d);
  const { readFile } = await import('node:fs/promises');
  const csv = await readFile(await download.path(), 'utf8');
  assert.equal(csv, `Access key ID,Secret access key\r\n${id},${secret}\r\n`);
  await screenshot(page, 'access-key-created');

  await page.reload();
  assert.match(await page.locator('main').innerText(), /Nothing to show/);
  assert.ok(!(await page.content()).includes(secret), 'the secret is gone after a reload');

  // Listed with its status; deactivate it.
  await page.goto(`${server.console}security-credentials`);
  const row = page.locator('#access-keys tr', { hasText: id });
  assert.match(await row.innerText(), /Active/);
  await row.getByRole('button', { name: 'Deactivate' }).click();
  await page.waitForURL(/#access-keys$/);
  assert.match(await page.locator('#access-keys tr', { hasText: id }).innerText(), /Inactive/);
});

test('change password: a rule violation is named, then a good password is accepted', async () => {
  const { page } = browser;
  await page.goto(`${server.console}security-credentials`);
  // The rules are shown before submitting.
  assert.match(await page.locator('#rules').innerText(), /At least 12 characters/);
  await page.getByLabel('Current password').fill(password);
  await page.getByLabel('New password', { exact: true }).fill('short1');
  // Checked as the user types (the script marks each rule).
  assert.equal(await page.locator('#rules li.bad').count() > 0, true);
  await page.getByLabel('Confirm new password').fill('short1');
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.waitForURL(/#password$/);
  const refusal = await page.getByRole('alert').innerText();
  assert.match(refusal, /does not meet the account's password policy/);
  assert.match(refusal, /at least 12 characters/);
  assert.match(refusal, /at least one of the following symbols/);
  assert.doesNotMatch(refusal, /policy refused/);

  const next = 'Alice-Better-Passw0rd!';
  await page.getByLabel('Current password').fill(password);
  await page.getByLabel('New password', { exact: true }).fill(next);
  assert.equal(await page.locator('#rules li.bad').count(), 0);
  await page.getByLabel('Confirm new password').fill(next);
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.waitForURL(/#password$/);
  assert.match(await page.getByRole('status').first().innerText(), /Your password was changed/);
  password = next;

  // Recent sign-ins list this browser's sign-ins, with and without MFA.
  const signIns = await page.locator('#sign-ins').innerText();
  assert.match(signIns, /Success/);
  assert.match(signIns, /Failure/);
  assert.match(signIns, /127\.0\.0\.1/);
  await screenshot(page, 'security-credentials');
});

test('Git credentials for CodeCommit: the password is shown once; deactivate and delete', async () => {
  const { page } = browser;
  await page.goto(`${server.console}security-credentials`);
  await page.getByRole('button', { name: 'Generate credentials' }).click();
  await page.waitForURL(/\/security-credentials\/created$/);
  const gitUser = (await page.locator('#secret-id').innerText()).trim();
  const gitPassword = (await page.locator('#secret-value').innerText()).trim();
  assert.match(gitUser, new RegExp(`^${user}-at-123456789012$`));
  assert.ok(gitPassword.length >= 20);
  await page.reload();
  assert.ok(!(await page.content()).includes(gitPassword));

  await page.goto(`${server.console}security-credentials`);
  const row = () => page.locator('#git-credentials tr', { hasText: gitUser });
  await row().getByRole('button', { name: 'Deactivate' }).click();
  await page.waitForURL(/#git-credentials$/);
  assert.match(await row().innerText(), /Inactive/);
  await row().getByRole('button', { name: 'Delete' }).click();
  await page.waitForURL(/#git-credentials$/);
  assert.equal(await row().count(), 0);
  const listed = server.admin([{ op: 'list_service_specific_credentials', args: { UserName: user } }])[0];
  assert.equal(listed.ServiceSpecificCredentials.length, 0);
});
