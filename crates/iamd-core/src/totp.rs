//! Time-based one-time passwords (RFC 6238) for virtual MFA devices, and the QR code that
//! hands a device's seed to an authenticator app.
//!
//! AWS's virtual devices use the RFC 6238 defaults: HMAC-SHA1, six digits, 30-second steps
//! (IAM User Guide, "Enabling a virtual MFA device"; the documented `otpauth://` URI carries
//! only the secret, so apps apply those defaults). Seeds are 40 random bytes, which is the
//! 64-character base32 secret AWS issues.
//!
//! This module only computes and compares codes at given steps. Which steps a request may use
//! (the drift window, and that an accepted step is never accepted again) is the caller's rule,
//! in `ops/mfa.rs`.

use data_encoding::BASE32_NOPAD;
use time::OffsetDateTime;
use totp_rs::{Algorithm, Builder, Totp};
use zeroize::Zeroizing;

use crate::error::CoreError;

/// Seconds per TOTP step.
pub const STEP_SECONDS: u64 = 30;

/// Random bytes in a new seed (64 base32 characters).
pub const SEED_BYTES: usize = 40;

/// Pixels per QR module in the PNG, and light modules around the code (the QR specification's
/// quiet zone is four modules).
const QR_SCALE: usize = 6;
const QR_QUIET: usize = 4;

/// The TOTP step `t` falls in (steps before 1970 count as step 0).
pub fn step_at(t: OffsetDateTime) -> u64 {
    u64::try_from(t.unix_timestamp()).unwrap_or(0) / STEP_SECONDS
}

/// A device's shared secret. Wiped on drop; `Debug` does not show it.
#[derive(Clone)]
pub struct Seed(Zeroizing<Vec<u8>>);

impl std::fmt::Debug for Seed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Seed(<redacted>)")
    }
}

impl Seed {
    /// A new seed from the operating system's random source.
    pub fn generate() -> Result<Seed, CoreError> {
        let mut bytes = Zeroizing::new(vec![0u8; SEED_BYTES]);
        getrandom::fill(bytes.as_mut_slice())
            .map_err(|e| CoreError::ServiceFailure(format!("no randomness: {e}")))?;
        Ok(Seed(bytes))
    }

    pub fn from_bytes(bytes: &[u8]) -> Seed {
        Seed(Zeroizing::new(bytes.to_vec()))
    }

    /// A seed from its base32 text (what an authenticator app is given).
    pub fn from_base32(text: &str) -> Option<Seed> {
        BASE32_NOPAD
            .decode(text.trim_end_matches('=').as_bytes())
            .ok()
            .map(|b| Seed(Zeroizing::new(b)))
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The seed as RFC 4648 base32 without padding (`Base32StringSeed`).
    pub fn to_base32(&self) -> Zeroizing<String> {
        Zeroizing::new(BASE32_NOPAD.encode(&self.0))
    }

    fn totp(&self, account_name: &str) -> Result<Totp, CoreError> {
        Builder::new()
            .with_algorithm(Algorithm::SHA1)
            .with_digits(6)
            .with_skew(0)
            .with_step_duration(STEP_SECONDS)
            .with_secret(self.0.as_slice())
            .with_account_name(account_name)
            .build()
            .map_err(|e| CoreError::ServiceFailure(format!("a TOTP seed is not usable: {e}")))
    }

    /// A checker for this seed's codes.
    pub fn codes(&self) -> Result<Codes, CoreError> {
        Ok(Codes {
            totp: self.totp("-")?,
        })
    }

    /// The key URI an authenticator app reads: `otpauth://totp/LABEL?secret=BASE32`.
    pub fn otpauth_url(&self, label: &str) -> Result<Zeroizing<String>, CoreError> {
        self.totp(label)?
            .to_url()
            .map(Zeroizing::new)
            .map_err(|e| CoreError::ServiceFailure(format!("no otpauth URL for \"{label}\": {e}")))
    }
}

/// Computes and checks one seed's codes.
#[derive(Debug)]
pub struct Codes {
    totp: Totp,
}

impl Codes {
    /// The six-digit code of `step`.
    pub fn code(&self, step: u64) -> String {
        self.totp
            .generate(step.saturating_mul(STEP_SECONDS))
            .to_string()
    }

    /// Whether `code` is the code of `step` (compared in constant time).
    pub fn is_code_of(&self, code: &str, step: u64) -> bool {
        self.totp
            .check(code, step.saturating_mul(STEP_SECONDS))
            .is_some()
    }

    /// The first step of `steps` whose code is `code`.
    pub fn find(&self, code: &str, steps: impl IntoIterator<Item = u64>) -> Option<u64> {
        steps.into_iter().find(|s| self.is_code_of(code, *s))
    }

    /// The first step `s` of `steps` such that `first` is the code of `s` and `second` the
    /// code of `s + 1`.
    pub fn find_consecutive(
        &self,
        first: &str,
        second: &str,
        steps: impl IntoIterator<Item = u64>,
    ) -> Option<u64> {
        steps
            .into_iter()
            .find(|s| self.is_code_of(first, *s) && self.is_code_of(second, s.saturating_add(1)))
    }
}

/// `text` as a QR code in a PNG: 8-bit greyscale, black modules on white, with a quiet zone.
pub fn qr_png(text: &str) -> Result<Vec<u8>, CoreError> {
    let code = qrcode::QrCode::new(text.as_bytes())
        .map_err(|e| CoreError::ServiceFailure(format!("no QR code for the otpauth URL: {e}")))?;
    let modules = code.width();
    let colors = code.to_colors();
    let side_modules = modules + 2 * QR_QUIET;
    let side = side_modules * QR_SCALE;
    let mut pixels = vec![0xFFu8; side * side];
    for (i, color) in colors.iter().enumerate() {
        if *color != qrcode::Color::Dark {
            continue;
        }
        let (mx, my) = (i % modules + QR_QUIET, i / modules + QR_QUIET);
        for dy in 0..QR_SCALE {
            let row = (my * QR_SCALE + dy) * side;
            let start = row + mx * QR_SCALE;
            if let Some(run) = pixels.get_mut(start..start + QR_SCALE) {
                run.fill(0);
            }
        }
    }
    let side = u32::try_from(side)
        .map_err(|_| CoreError::ServiceFailure("the QR code is too large".into()))?;
    let mut out = Vec::new();
    let fail = |e: png::EncodingError| CoreError::ServiceFailure(format!("PNG encoding: {e}"));
    {
        let mut encoder = png::Encoder::new(&mut out, side, side);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().map_err(fail)?;
        writer.write_image_data(&pixels).map_err(fail)?;
        writer.finish().map_err(fail)?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 Appendix B, SHA-1 rows (the last six digits of the eight-digit values).
    #[test]
    fn rfc6238_vectors() {
        let seed = Seed::from_bytes(b"12345678901234567890");
        let codes = seed.codes().unwrap();
        for (t, expected) in [
            (59u64, "287082"),
            (1_111_111_109, "081804"),
            (1_111_111_111, "050471"),
            (1_234_567_890, "005924"),
            (2_000_000_000, "279037"),
        ] {
            assert_eq!(codes.code(t / STEP_SECONDS), expected, "t = {t}");
            assert!(codes.is_code_of(expected, t / STEP_SECONDS));
        }
        assert!(!codes.is_code_of("287083", 1));
        assert!(!codes.is_code_of("28708", 1));
        assert!(!codes.is_code_of("+87082", 1));
    }

    #[test]
    fn consecutive_codes_are_found_in_order() {
        let seed = Seed::generate().unwrap();
        let codes = seed.codes().unwrap();
        let (a, b) = (codes.code(100), codes.code(101));
        assert_eq!(codes.find_consecutive(&a, &b, 95..105), Some(100));
        assert_eq!(codes.find_consecutive(&b, &a, 95..105), None);
        assert_eq!(codes.find(&b, 95..105), Some(101));
        assert_eq!(codes.find(&b, 102..105), None);
    }

    #[test]
    fn seeds_are_64_base32_characters_and_round_trip() {
        let seed = Seed::generate().unwrap();
        let text = seed.to_base32();
        assert_eq!(text.len(), 64);
        assert!(
            text.bytes()
                .all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b))
        );
        assert_eq!(
            Seed::from_base32(&text).unwrap().as_bytes(),
            seed.as_bytes()
        );
        assert_eq!(format!("{seed:?}"), "Seed(<redacted>)");
    }

    #[test]
    fn otpauth_url_and_png() {
        let seed = Seed::from_bytes(&[1; SEED_BYTES]);
        let url = seed.otpauth_url("alice-phone@123456789012").unwrap();
        assert_eq!(
            url.as_str(),
            format!(
                "otpauth://totp/alice-phone%40123456789012?secret={}",
                seed.to_base32().as_str()
            )
        );
        let png = qr_png(&url).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        let decoder = png::Decoder::new(std::io::Cursor::new(&png));
        let reader = decoder.read_info().unwrap();
        let info = reader.info();
        assert_eq!(info.width, info.height);
        assert_eq!(info.width as usize % QR_SCALE, 0);
    }
}
