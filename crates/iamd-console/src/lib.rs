//! The iamd web console: server-rendered pages (askama templates in `templates/`, CSS, one
//! small script and the logo embedded in the binary), served by `iamd serve` under
//! `/console/`.
//!
//! The console is a second front door, not a second path: every page calls the same
//! `iamd-core` operations as the signed-in principal ([`iamd_core::Caller`] built by
//! [`iamd_core::Iam::console_caller`]), so policies apply exactly as over the API, with
//! `aws:MultiFactorAuthPresent` true only when MFA was used at sign-in.
//!
//! # Building a page (the reusable pieces)
//! - **State**: handlers take `State<Arc<Console<S>>>` ([`web::Console`]): `console.iam` is
//!   the service; per-session one-time values (flash notices, a secret shown once, the MFA
//!   device being assigned) live in this node's memory, keyed by the session's CSRF token.
//! - **Signed-in session**: take a [`session::SignedIn`] argument. Without a live session the
//!   browser is redirected to the sign-in page (or to the unfinished sign-in stage). It
//!   carries `caller` (pass it to core operations), `session`, `origin` and `csrf`.
//! - **Layout**: every template `{% extends "base.html" %}` and has a
//!   `layout: view::Layout` field, made with `who.layout("Title", account_id)`; it shows who
//!   is signed in, the sign-out form and the password-expiry banner. Put page content in
//!   `{% block content %}`; links for administration pages go in `{% block adminnav %}` (the
//!   side navigation), as `<li><a href="/console/…">…</a></li>`.
//! - **Forms and CSRF**: every form has `<input type="hidden" name="csrf" value="{{
//!   layout.csrf }}">`; POST handlers take a [`web::Form`] after `SignedIn` and call
//!   `form.check_csrf(who.token.as_str())?`-style (it returns the 403 page to send when the
//!   token is missing or wrong). Then redirect (303) to a GET page: [`respond::redirect`].
//! - **Messages**: `console.push_flash(&who.csrf, Flash::Notice(Notice::success("…")))`
//!   before redirecting; the next page shows them with `page::flash_notices(&console,
//!   &who)` and `{% for notice in notices %}{% include "notice.html" %}{% endfor %}`.
//! - **A refused operation, in words**: [`view::refusal`] turns a [`iamd_core::CoreError`]
//!   into a notice: for AccessDenied it asks the engine which statement decided (an explicit
//!   Deny is named by Sid and policy, else "no policy allows"); a password policy violation
//!   lists each broken rule.
//! - **Show an action only when allowed**: [`iamd_core::Iam::would_allow`]`(&who.caller,
//!   "Operation", resource_arn)` decides with the real engine without performing anything.
//! - **Password rules in words**: [`view::password_rules`]; templates include `rules.html`
//!   (fields `rules: Option<Vec<Rule>>`, `rules_id`) and mark the new-password input with
//!   `data-rules="{{ rules_id }}"` for the live check; [`page::readable_rules`] adds the
//!   common-password rule when the account has it, and the script then shows zxcvbn's
//!   estimate from `POST /console/password-strength` ([`strength`]) as the user types.
//!
//! # Sessions and security
//! - Session cookie `iamd_session`: 32 random bytes, `HttpOnly; SameSite=Strict;
//!   Path=/console/`, plus `Secure` when the browser reached us over TLS (`iamd serve
//!   --tls-cert`, or a proxy listed in `IAMD_TRUSTED_PROXIES` carrying
//!   `X-Forwarded-Proto: https`). The store keeps only its SHA-256, so sessions survive
//!   restarts and work across nodes.
//! - Timeouts: 15 minutes idle, 12 hours absolute, 10 minutes for an unfinished sign-in (see
//!   `iamd_core::ops::console`).
//! - CSRF: a synchronizer token per session ([`csrf`]), HMAC of the session token, compared
//!   in constant time; the sign-in form uses a pre-sign-in cookie the same way.
//! - No secret in any URL: secrets are shown once on a page after a redirect (kept in memory
//!   for five minutes at most, on the node that created them); the access key CSV is a
//!   `data:` link built into that page.
//! - Sign-in failures read the same whatever was wrong.
//!
//! # Routes
//! `/console/signin` (GET, POST), `/console/signin/mfa`, `/console/signin/new-password`,
//! `/console/signout` (POST), `/console/` (home), `/console/security-credentials` and its
//! actions, `/console/assets/*`; the administration pages (`/console/users`, `/console/account`,
//! `/console/checks`) are listed in [`admin`], and the navigation offers each only when the
//! session may use it ([`session::nav`]).

pub mod admin;
pub mod assets;
pub mod credentials;
pub mod csrf;
pub mod page;
pub mod respond;
pub mod routes;
pub mod session;
pub mod signin;
pub mod ssh_keys;
pub mod strength;
pub mod view;
pub mod web;

pub use routes::{router, routes};
pub use session::SignedIn;
pub use web::{Console, ConsoleConfig, Flash, Form};
