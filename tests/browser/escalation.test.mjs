// The checks page's privilege-escalation paths: an administrator sees who can become an
// administrator and how, each step with the statement that allows it (the search of
// `iamd paths`).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, startBrowser, screenshot, signIn, unique } from './harness.mjs';

const ACCOUNT = '123456789012';
const ADMIN_ACCESS = 'arn:aws:iam::aws:policy/AdministratorAccess';

let server;
let browser;
const admin = unique('admin');
const mallory = unique('mallory');
const trent = unique('trent');
const ops = unique('ops');
const password = `Console-Passw0rd-${Math.random().toString(36).slice(2, 8)}`;

before(async () => {
  server = await startServer();
  browser = await startBrowser();
  const doc = (...statements) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
  server.admin([
    { op: 'create_user', args: { UserName: admin } },
    { op: 'attach_user_policy', args: { UserName: admin, PolicyArn: ADMIN_ACCESS } },
    { op: 'create_login_profile', args: { UserName: admin, Password: password, PasswordResetRequired: false } },
    // mallory can make herself an access key of the administrator's.
    { op: 'create_user', args: { UserName: mallory } },
    { op: 'put_user_policy', args: { UserName: mallory, PolicyName: 'keys', PolicyDocument: doc({ Sid: 'KeysOfAdmin', Effect: 'Allow', Action: 'iam:CreateAccessKey', Resource: `arn:aws:iam::${ACCOUNT}:user/${admin}` }) } },
    // trent can assume an administrator role, with MFA only.
    { op: 'create_user', args: { UserName: trent } },
    { op: 'create_role', args: { RoleName: ops, AssumeRolePolicyDocument: doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/${trent}` }, Action: 'sts:AssumeRole', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }) } },
    { op: 'attach_role_policy', args: { RoleName: ops, PolicyArn: ADMIN_ACCESS } },
  ]);
  await signIn(browser.page, server, admin, password);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('the checks page shows the shortest paths to an administrator with their statements', async () => {
  const { page } = browser;
  await page.goto(`${server.console}checks`);
  assert.match(await page.locator('#paths-summary').innerText(), /principal\(s\) can become an administrator/);
  const malloryRow = await page.locator('#paths tr', { hasText: `user/${mallory}` }).innerText();
  assert.match(malloryRow, new RegExp(`becomes arn:aws:iam::${ACCOUNT}:user/${admin} \\[iam-002\\]`));
  assert.match(malloryRow, /iam:CreateAccessKey[\s\S]*allowed by user\/[^ ]+\/keys statement 1 "KeysOfAdmin"/);
  const trentRow = await page.locator('#paths tr', { hasText: `user/${trent}` }).innerText();
  assert.match(trentRow, /needs MFA/);
  assert.match(trentRow, new RegExp(`role/${ops} \\[sts-001\\]`));
  await page.locator('#escalation').scrollIntoViewIfNeeded();
  await screenshot(page, 'admin-escalation');
});
