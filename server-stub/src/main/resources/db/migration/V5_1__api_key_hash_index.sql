-- After V5 filled it in: a list's API key is looked up by its SHA-256.
CREATE UNIQUE INDEX password_lists_by_api_key_hash ON password_lists (api_key_hash);
