// The JavaScript SDK suite's harness: clients of the AWS SDK for JavaScript v3 pointed at a
// real `iamd serve`, and a helper that captures an SDK error's name, status and message.

import { IAMClient } from '@aws-sdk/client-iam';
import { STSClient } from '@aws-sdk/client-sts';

export { startServer, unique } from '../js-common/server.mjs';
export { currentStep, totp } from '../js-common/totp.mjs';

const REGION = 'us-east-1';

function options(server, credentials) {
  return {
    endpoint: server.url,
    region: REGION,
    credentials,
    maxAttempts: 1,
  };
}

/** An IAM client signed with `credentials` (the server's root key when omitted). */
export function iam(server, credentials = server.root) {
  return new IAMClient(options(server, credentials));
}

/** An STS client signed with `credentials` (the server's root key when omitted). */
export function sts(server, credentials = server.root) {
  return new STSClient(options(server, credentials));
}

/** The long-term credentials of an `AccessKey` from CreateAccessKey. */
export function keyCredentials(accessKey) {
  return { accessKeyId: accessKey.AccessKeyId, secretAccessKey: accessKey.SecretAccessKey };
}

/** The temporary credentials of an STS `Credentials` result. */
export function sessionCredentials(c) {
  return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken };
}

/**
 * Runs `call` and returns what the SDK made of the error response: `{ name, status, message }`,
 * or throws when the call succeeded.
 */
export async function errorOf(call) {
  try {
    await call();
  } catch (e) {
    return { name: e.name, status: e.$metadata?.httpStatusCode, message: e.message };
  }
  throw new Error('the call succeeded');
}
