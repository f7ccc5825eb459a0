-- The vault core's own secrets (lease signing key, system API key), sealed under the data key
-- like every other secret; they used to be files in the key folder.
CREATE TABLE server_secrets (
    name  VARCHAR(40) PRIMARY KEY,
    sealed_value VARCHAR(4000) NOT NULL
);
