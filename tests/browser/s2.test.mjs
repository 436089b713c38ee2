// Seed S2: the MFA-enforcing Deny blocks the first-sign-in password change; the console says
// it was a policy (naming the Deny's Sid), and adding iam:ChangePassword to the NotAction
// list lets the change through.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, startBrowser, screenshot, signIn, unique } from './harness.mjs';

const MFA_ACTIONS = [
  'iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:ListMFADevices',
  'iam:ListUsers', 'iam:ListVirtualMFADevices', 'iam:ResyncMFADevice',
];

function forceMfaPolicy(extraNotActions) {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AllowManageOwnVirtualMFADevice',
        Effect: 'Allow',
        Action: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:ListMFADevices', 'iam:ResyncMFADevice'],
        Resource: ['arn:aws:iam::*:mfa/*', 'arn:aws:iam::*:user/${aws:username}'],
      },
      {
        Sid: 'DenyAllExceptListedIfNoMFA',
        Effect: 'Deny',
        NotAction: [...MFA_ACTIONS, ...extraNotActions],
        Resource: '*',
        Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
      },
    ],
  });
}

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

test('S2: the forced change is refused by the MFA Deny, then allowed once ChangePassword is exempt', async () => {
  const user = unique('newhire');
  const group = unique('ForceMFA');
  const first = 'Initial-Passw0rd!';
  const chosen = 'My-Own-Passw0rd-2026!';
  server.admin([
    {
      op: 'update_account_password_policy',
      args: {
        MinimumPasswordLength: 8, RequireSymbols: true, RequireNumbers: true,
        RequireUppercaseCharacters: true, RequireLowercaseCharacters: true, AllowUsersToChangePassword: true,
      },
    },
    { op: 'create_group', args: { GroupName: group } },
    { op: 'put_group_policy', args: { GroupName: group, PolicyName: 'force-mfa', PolicyDocument: forceMfaPolicy([]) } },
    { op: 'create_user', args: { UserName: user } },
    { op: 'add_user_to_group', args: { GroupName: group, UserName: user } },
    { op: 'create_login_profile', args: { UserName: user, Password: first, PasswordResetRequired: true } },
  ]);
  const { page } = browser;

  await page.goto(`${server.console}signin?account=${server.account}`);
  await screenshot(page, 'sign-in');
  await signIn(page, server, user, first);

  // No MFA device: straight to the "set a new password" step.
  assert.match(page.url(), /\/console\/signin\/new-password$/);
  await page.getByLabel('Current password').fill(first);
  await page.getByLabel('New password', { exact: true }).fill(chosen);
  await page.getByLabel('Confirm new password').fill(chosen);
  await page.getByRole('button', { name: 'Set new password' }).click();

  const refusal = page.getByRole('alert');
  await refusal.waitFor();
  const text = await refusal.innerText();
  assert.match(text, /a policy refused it/);
  assert.match(text, /explicit Deny of iam:ChangePassword/);
  assert.match(text, /"DenyAllExceptListedIfNoMFA"/);
  assert.match(text, new RegExp(`inline policy "force-mfa" of group "${group}"`));
  assert.match(text, /without MFA/);
  assert.doesNotMatch(text, /password policy/);
  assert.match(page.url(), /\/console\/signin\/new-password$/);
  await screenshot(page, 'forced-change-refused');

  // Still not signed in: the console's pages send the browser back to this step.
  await page.goto(`${server.console}security-credentials`);
  assert.match(page.url(), /\/console\/signin\/new-password$/);

  // The administrator exempts ChangePassword (and reading the rules) from the Deny.
  server.admin([{
    op: 'put_group_policy',
    args: {
      GroupName: group, PolicyName: 'force-mfa',
      PolicyDocument: forceMfaPolicy(['iam:ChangePassword', 'iam:GetAccountPasswordPolicy']),
    },
  }]);

  await page.reload();
  // Now the rules can be read, and are shown before submitting.
  await page.getByText('At least one uppercase letter (A–Z).').waitFor();
  await page.getByLabel('Current password').fill(first);
  await page.getByLabel('New password', { exact: true }).fill(chosen);
  await page.getByLabel('Confirm new password').fill(chosen);
  await page.getByRole('button', { name: 'Set new password' }).click();
  await page.waitForURL(/\/console\/$/);
  assert.match(await page.getByRole('status').first().innerText(), /Your new password is set/);
  assert.match(await page.locator('main').innerText(), new RegExp(`arn:aws:iam::123456789012:user/${user}`));

  // The new password is the password now.
  const profile = server.admin([{ op: 'get_login_profile', args: { UserName: user } }])[0];
  assert.equal(profile.LoginProfile.PasswordResetRequired, false);
});
