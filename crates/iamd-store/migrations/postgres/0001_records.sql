-- Every entity is a record addressed by (account, kind, key); see iamd_core::store.
-- Keys, owners and references compare bytewise (COLLATE "C"), as on SQLite: listings are in
-- code point order whatever the database's locale.
CREATE TABLE records (
    account   TEXT   NOT NULL,
    kind      TEXT   NOT NULL,
    key       TEXT   COLLATE "C" NOT NULL,
    owner     TEXT   COLLATE "C",
    reference TEXT   COLLATE "C",
    data      TEXT   NOT NULL,
    version   BIGINT NOT NULL,
    PRIMARY KEY (account, kind, key)
);

CREATE INDEX records_by_owner ON records (account, kind, owner, key);
CREATE INDEX records_by_reference ON records (account, kind, reference, key);

-- One counter per account, bumped by every successful write. A write locks its account's row
-- first, so the writes of one account are applied one after the other.
CREATE TABLE generations (
    account TEXT   NOT NULL PRIMARY KEY,
    value   BIGINT NOT NULL
);

-- What the nodes sharing this database agree on (the account they serve).
CREATE TABLE cluster_settings (
    name  TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);
