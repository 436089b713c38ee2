-- Every entity is a record addressed by (account, kind, key); see iamd_core::store.
CREATE TABLE records (
    account   TEXT    NOT NULL,
    kind      TEXT    NOT NULL,
    key       TEXT    NOT NULL,
    owner     TEXT,
    reference TEXT,
    data      TEXT    NOT NULL,
    version   INTEGER NOT NULL,
    PRIMARY KEY (account, kind, key)
);

CREATE INDEX records_by_owner ON records (account, kind, owner, key);
CREATE INDEX records_by_reference ON records (account, kind, reference, key);

-- One counter per account, bumped by every successful write.
CREATE TABLE generations (
    account TEXT    NOT NULL PRIMARY KEY,
    value   INTEGER NOT NULL
);
