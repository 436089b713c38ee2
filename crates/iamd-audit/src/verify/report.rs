//! What `verify` found.

/// What `verify` found.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    /// How many trail files were read.
    pub files: usize,
    /// How many records they held.
    pub records: u64,
    /// Evidence of tampering or loss; the trail is intact only when this is empty.
    pub problems: Vec<String>,
    /// Things worth knowing that are not tampering.
    pub notes: Vec<String>,
    /// The last signature of the newest digest, to keep off the host as an anchor.
    pub head: Option<String>,
}

impl Report {
    /// Whether no tampering or loss was found.
    pub fn intact(&self) -> bool {
        self.problems.is_empty()
    }

    pub(crate) fn merge(&mut self, other: Report) {
        self.files += other.files;
        self.records += other.records;
        self.problems.extend(other.problems);
        self.notes.extend(other.notes);
        if other.head.is_some() {
            self.head = other.head;
        }
    }
}
