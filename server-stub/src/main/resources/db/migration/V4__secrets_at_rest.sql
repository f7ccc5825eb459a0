-- Secrets at rest (DESIGN.md): the data keys, each wrapped by the key-encryption key that lives
-- outside the database; secret columns widen for their sealed form (base64 of nonce, ciphertext
-- and tag of the longest UTF-8 value); list API keys are found by their hash once sealed.
CREATE TABLE data_keys (
    id          INT PRIMARY KEY,
    wrapped_key VARCHAR(200) NOT NULL
);
ALTER TABLE records ALTER COLUMN password SET DATA TYPE VARCHAR(11000);
ALTER TABLE records ALTER COLUMN notes SET DATA TYPE VARCHAR(22000);
ALTER TABLE users ALTER COLUMN master_password_hash SET DATA TYPE VARCHAR(1000);
ALTER TABLE password_lists ALTER COLUMN api_key SET DATA TYPE VARCHAR(200);
ALTER TABLE password_lists ADD COLUMN api_key_hash VARCHAR(64);
