//! What the pages of "My security credentials" share: where they live, the CodeCommit
//! service name, the caller's user name and MFA device ARN, and the page that shows a new
//! secret once.

use askama::Template;
use iamd_core::Iam;
use iamd_core::entities::KeyStatus;
use iamd_core::store::Store;

use crate::session::SignedIn;
use crate::view::{self, Notice};

pub(crate) const PAGE: &str = "/console/security-credentials";

pub(crate) const CODECOMMIT: &str = "codecommit.amazonaws.com";

/// The CSV download of a new access key, built into the page (a `data:` link: the secret
/// never travels in a URL to any server).
pub(crate) struct Csv {
    pub(crate) href: String,
    pub(crate) file_name: String,
}

pub(crate) struct ShownSecret {
    pub(crate) heading: String,
    pub(crate) id_label: &'static str,
    pub(crate) id: String,
    pub(crate) secret_label: &'static str,
    pub(crate) secret: String,
    pub(crate) csv: Option<Csv>,
}

#[derive(Template)]
#[template(path = "secret_once.html")]
pub(crate) struct SecretPage {
    pub(crate) layout: view::Layout,
    pub(crate) notices: Vec<Notice>,
    pub(crate) secret: Option<ShownSecret>,
}

/// The user's name, or `None` for the root user.
pub(crate) fn user_name(who: &SignedIn) -> Option<String> {
    who.caller.user.as_ref().map(|u| u.name.clone())
}

pub(crate) fn mfa_arn<S: Store>(iam: &Iam<S>, name: &str) -> String {
    format!("arn:aws:iam::{}:mfa/{name}", iam.account_id())
}

/// Percent-encode everything but letters and digits (for a `data:` URL).
pub(crate) fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The access key CSV as AWS's console writes it (`Access key ID,Secret access key`).
pub(crate) fn access_key_csv(user: &str, id: &str, secret: &str) -> Csv {
    let body = format!("Access key ID,Secret access key\r\n{id},{secret}\r\n");
    Csv {
        href: format!("data:text/csv;charset=utf-8,{}", percent_encode(&body)),
        file_name: format!("{user}_accessKeys.csv"),
    }
}

pub(crate) fn parse_status(text: &str) -> KeyStatus {
    if text == "Active" {
        KeyStatus::Active
    } else {
        KeyStatus::Inactive
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_csv_is_awss_shape_inside_a_data_url() {
        let csv = access_key_csv("alice", "AKIAEXAMPLE", "se/cr+et");
        assert_eq!(csv.file_name, "alice_accessKeys.csv");
        assert!(
            csv.href
                .starts_with("data:text/csv;charset=utf-8,Access%20key%20ID%2CSecret")
        );
        assert!(csv.href.contains("AKIAEXAMPLE%2Cse%2Fcr%2Bet%0D%0A"));
    }
}
