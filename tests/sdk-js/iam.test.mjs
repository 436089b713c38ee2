// IAM and STS through the AWS SDK for JavaScript v3: a second serializer (and error parser)
// over iamd's wire layer, beside boto3 and the aws CLI of the Python suite. The seeds'
// scenarios S1 and S2, listings with the SDK's paginators, and error shapes.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import {
  AddUserToGroupCommand,
  AttachUserPolicyCommand,
  ChangePasswordCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateLoginProfileCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  GetAccountPasswordPolicyCommand,
  GetUserCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupsForUserCommand,
  PutGroupPolicyCommand,
  PutUserPolicyCommand,
  UpdateAccountPasswordPolicyCommand,
  UpdateLoginProfileCommand,
  paginateListUsers,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, GetSessionTokenCommand } from '@aws-sdk/client-sts';

import {
  currentStep,
  errorOf,
  iam,
  keyCredentials,
  sessionCredentials,
  startServer,
  sts,
  totp,
  unique,
} from './harness.mjs';

const ACCOUNT = '123456789012';
const userArn = (name) => `arn:aws:iam::${ACCOUNT}:user/${name}`;
const EXPLICIT_DENY = 'with an explicit deny in an identity-based policy';
const NO_ALLOW = (action) => `because no identity-based policy allows the ${action} action`;

let server;
let root;

before(async () => {
  server = await startServer();
  root = iam(server);
});
after(async () => {
  await server?.stop();
});

/** A user with an access key (and optionally an inline policy); returns its name and client. */
async function makeUser(prefix, policy) {
  const name = unique(prefix);
  await root.send(new CreateUserCommand({ UserName: name }));
  if (policy) {
    await root.send(new PutUserPolicyCommand({ UserName: name, PolicyName: 'inline', PolicyDocument: JSON.stringify(policy) }));
  }
  const { AccessKey } = await root.send(new CreateAccessKeyCommand({ UserName: name }));
  return { name, credentials: keyCredentials(AccessKey) };
}

test('GetCallerIdentity names root and an IAM user; bad keys get AWS error codes', async () => {
  const me = await sts(server).send(new GetCallerIdentityCommand({}));
  assert.equal(me.Account, ACCOUNT);
  assert.equal(me.Arn, `arn:aws:iam::${ACCOUNT}:root`);

  const { name, credentials } = await makeUser('whoami');
  const user = await sts(server, credentials).send(new GetCallerIdentityCommand({}));
  assert.equal(user.Arn, userArn(name));
  assert.match(user.UserId, /^AIDA[A-Z0-9]{17}$/);

  const wrongSecret = { ...credentials, secretAccessKey: credentials.secretAccessKey.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) };
  const bad = await errorOf(() => sts(server, wrongSecret).send(new GetCallerIdentityCommand({})));
  assert.equal(bad.name, 'SignatureDoesNotMatch');
  assert.equal(bad.status, 403);

  const unknown = await errorOf(() => iam(server, { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'x'.repeat(40) })
    .send(new GetUserCommand({})));
  assert.equal(unknown.name, 'InvalidClientTokenId');
  assert.equal(unknown.status, 403);
});

test('listings: the paginator walks ListUsers page by page in name order; NoSuchEntity is 404', async () => {
  const path = `/${unique('sdk')}/`;
  const names = [];
  for (let i = 0; i < 7; i++) {
    const name = `user-${String(i).padStart(2, '0')}-${unique('p')}`;
    names.push(name);
    await root.send(new CreateUserCommand({ UserName: name, Path: path, Tags: [{ Key: 'team', Value: `t${i}` }] }));
  }
  const pages = [];
  for await (const page of paginateListUsers({ client: root, pageSize: 2 }, { PathPrefix: path })) {
    pages.push(page.Users.map((u) => u.UserName));
  }
  assert.deepEqual(pages.map((p) => p.length), [2, 2, 2, 1]);
  assert.deepEqual(pages.flat(), [...names].sort());

  const got = await root.send(new GetUserCommand({ UserName: names[3] }));
  assert.equal(got.User.Path, path);
  assert.equal(got.User.Arn, `arn:aws:iam::${ACCOUNT}:user${path}${names[3]}`);
  assert.ok(got.User.CreateDate instanceof Date);
  assert.deepEqual(got.User.Tags, [{ Key: 'team', Value: 't3' }]);

  const group = unique('g');
  await root.send(new CreateGroupCommand({ GroupName: group }));
  await root.send(new AddUserToGroupCommand({ GroupName: group, UserName: names[0] }));
  const groups = await root.send(new ListGroupsForUserCommand({ UserName: names[0] }));
  assert.deepEqual(groups.Groups.map((g) => g.GroupName), [group]);

  await root.send(new AttachUserPolicyCommand({ UserName: names[0], PolicyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' }));
  const attached = await root.send(new ListAttachedUserPoliciesCommand({ UserName: names[0] }));
  assert.deepEqual(attached.AttachedPolicies, [{ PolicyName: 'IAMReadOnlyAccess', PolicyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' }]);

  const missing = await errorOf(() => root.send(new GetUserCommand({ UserName: unique('nobody') })));
  assert.equal(missing.name, 'NoSuchEntityException');
  assert.equal(missing.status, 404);

  const invalid = await errorOf(() => root.send(new CreateUserCommand({ UserName: 'bad name!' })));
  assert.equal(invalid.name, 'ValidationError');
  assert.equal(invalid.status, 400);
});

// S1 (seed 000): ChangePassword versus UpdateLoginProfile, under both values of
// AllowUsersToChangePassword.
test('S1: ChangePassword versus UpdateLoginProfile under both values of AllowUsersToChangePassword', async () => {
  const grant = (action) => ({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: [action], Resource: [`arn:aws:iam::${ACCOUNT}:user/\${aws:username}`] }],
  });
  const c = await makeUser('user-c', grant('iam:ChangePassword'));
  const u = await makeUser('user-u', grant('iam:UpdateLoginProfile'));
  const passwords = new Map();
  for (const user of [c, u]) {
    passwords.set(user.name, 'Initial-Passw0rd-1');
    await root.send(new CreateLoginProfileCommand({ UserName: user.name, Password: passwords.get(user.name) }));
  }
  let counter = 0;
  const changePassword = async (user) => {
    const next = `Changed-Passw0rd-${++counter}`;
    await iam(server, user.credentials).send(new ChangePasswordCommand({ OldPassword: passwords.get(user.name), NewPassword: next }));
    passwords.set(user.name, next);
  };
  const updateLoginProfile = async (user) => {
    const next = `Updated-Passw0rd-${++counter}`;
    await iam(server, user.credentials).send(new UpdateLoginProfileCommand({ UserName: user.name, Password: next }));
    passwords.set(user.name, next);
  };

  for (const allow of [false, true]) {
    await root.send(new UpdateAccountPasswordPolicyCommand({ AllowUsersToChangePassword: allow, MinimumPasswordLength: 8 }));

    const denied = await errorOf(() => updateLoginProfile(c));
    assert.equal(denied.name, 'AccessDenied');
    assert.equal(denied.status, 403);
    assert.equal(denied.message,
      `User: ${userArn(c.name)} is not authorized to perform: iam:UpdateLoginProfile on resource: ${userArn(c.name)} ${NO_ALLOW('iam:UpdateLoginProfile')}`);
    await changePassword(c);

    await updateLoginProfile(u);
    if (allow) {
      await changePassword(u);
    } else {
      const refused = await errorOf(() => changePassword(u));
      assert.equal(refused.name, 'AccessDenied');
      assert.equal(refused.message,
        `User: ${userArn(u.name)} is not authorized to perform: iam:ChangePassword on resource: ${userArn(u.name)} ${NO_ALLOW('iam:ChangePassword')}`);
    }
  }
  // Neither can set the other's password.
  const other = await errorOf(() => iam(server, u.credentials).send(new UpdateLoginProfileCommand({ UserName: c.name, Password: 'Another-Passw0rd' })));
  assert.equal(other.name, 'AccessDenied');
});

// S2 (seed 001): the MFA-enforcing Deny blocks the forced first password change; an MFA
// session or exempting iam:ChangePassword lets it through.
test('S2: the MFA Deny blocks the forced change until the session has MFA or the action is exempt', async () => {
  const exempt = ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:ListMFADevices', 'iam:ListUsers', 'iam:ListVirtualMFADevices', 'iam:ResyncMFADevice'];
  const denyWithoutMfa = (notActions) => JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AllowSelfServiceMfa',
        Effect: 'Allow',
        Action: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:ListMFADevices'],
        Resource: [`arn:aws:iam::${ACCOUNT}:user/\${aws:username}`, `arn:aws:iam::${ACCOUNT}:mfa/\${aws:username}`],
      },
      {
        Sid: 'DenyAllExceptListedIfNoMFA',
        Effect: 'Deny',
        NotAction: notActions,
        Resource: '*',
        Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
      },
    ],
  });
  await root.send(new UpdateAccountPasswordPolicyCommand({ AllowUsersToChangePassword: true, MinimumPasswordLength: 10 }));
  const group = unique('force-mfa');
  await root.send(new CreateGroupCommand({ GroupName: group }));
  await root.send(new PutGroupPolicyCommand({ GroupName: group, PolicyName: 'mfa', PolicyDocument: denyWithoutMfa(exempt) }));
  const hire = await makeUser('new-hire');
  await root.send(new AddUserToGroupCommand({ GroupName: group, UserName: hire.name }));
  await root.send(new CreateLoginProfileCommand({ UserName: hire.name, Password: 'Initial-Passw0rd', PasswordResetRequired: true }));
  const longTerm = iam(server, hire.credentials);

  // A long-term key carries no aws:MultiFactorAuthPresent: BoolIfExists denies, and
  // AllowUsersToChangePassword does not override an explicit Deny.
  const refused = await errorOf(() => longTerm.send(new ChangePasswordCommand({ OldPassword: 'Initial-Passw0rd', NewPassword: 'Chosen-Passw0rd-1' })));
  assert.equal(refused.name, 'AccessDenied');
  assert.equal(refused.message,
    `User: ${userArn(hire.name)} is not authorized to perform: iam:ChangePassword on resource: ${userArn(hire.name)} ${EXPLICIT_DENY}`);
  assert.equal((await errorOf(() => longTerm.send(new GetAccountPasswordPolicyCommand({})))).name, 'AccessDenied');

  // The user enrols a virtual MFA device with the exempt actions, then takes an MFA session.
  const { VirtualMFADevice: device } = await longTerm.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: hire.name }));
  const seed = Buffer.from(device.Base32StringSeed).toString('ascii');
  const step = currentStep();
  await longTerm.send(new EnableMFADeviceCommand({
    UserName: hire.name,
    SerialNumber: device.SerialNumber,
    AuthenticationCode1: totp(seed, step - 1),
    AuthenticationCode2: totp(seed, step),
  }));
  // The enrolment used this step's code and the one before; the next step's code is still
  // inside the server's one-step window, and unused.
  const { Credentials } = await sts(server, hire.credentials).send(new GetSessionTokenCommand({
    SerialNumber: device.SerialNumber,
    TokenCode: totp(seed, step + 1),
  }));
  const withMfa = iam(server, sessionCredentials(Credentials));
  await withMfa.send(new ChangePasswordCommand({ OldPassword: 'Initial-Passw0rd', NewPassword: 'Chosen-Passw0rd-1' }));
  assert.equal((await withMfa.send(new GetAccountPasswordPolicyCommand({}))).PasswordPolicy.MinimumPasswordLength, 10);

  // The fix for users without a device yet: exempt ChangePassword and
  // GetAccountPasswordPolicy from the Deny; the long-term key then succeeds.
  await root.send(new PutGroupPolicyCommand({
    GroupName: group,
    PolicyName: 'mfa',
    PolicyDocument: denyWithoutMfa([...exempt, 'iam:ChangePassword', 'iam:GetAccountPasswordPolicy']),
  }));
  await longTerm.send(new ChangePasswordCommand({ OldPassword: 'Chosen-Passw0rd-1', NewPassword: 'Chosen-Passw0rd-2' }));
  // Other actions stay denied without MFA.
  assert.equal((await errorOf(() => longTerm.send(new GetUserCommand({})))).name, 'AccessDenied');
});
