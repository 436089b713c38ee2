// RFC 6238 codes for the JavaScript test suites, computed from a device's base32 seed as an
// authenticator app would. Test-side only: the server's TOTP is the totp-rs crate.

import { createHmac } from 'node:crypto';

/** Decodes RFC 4648 base32 (no padding needed). */
function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out = [];
  for (const ch of text.replace(/=+$/, '').toUpperCase()) {
    const index = alphabet.indexOf(ch);
    if (index < 0) throw new Error(`not base32: ${ch}`);
    value = (value << 5) | index;
    bits += 5;
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

/** The RFC 6238 self-test vector (seed "12345678901234567890", T = 59 s → 94287082). */
export function totpSelfTest() {
  const seed = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
  return totp(seed, 1) === '287082';
}
