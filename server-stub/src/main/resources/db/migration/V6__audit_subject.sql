-- The user an admin's action was about (whose device was revoked, whose password was reset, whose
-- overrides changed, ...); NULL for events about nobody in particular. The history's `involving`
-- filter matches events by a user (audit_by_user) or about them: this index serves the second half
-- the way audit_by_user serves the first, walked backwards by seq one page at a time (see AuditQuery).
ALTER TABLE audit_events ADD COLUMN subject_username VARCHAR(200);
CREATE INDEX audit_by_subject ON audit_events (subject_username, seq);
