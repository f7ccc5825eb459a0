-- Audit history: newest-first pages filtered by platform or origin walk these indexes backwards
-- (see AuditQuery); the dashboard counts LOGIN_FAILED events of the last 24 hours on the last one.
CREATE INDEX audit_by_platform ON audit_events (platform, seq);
CREATE INDEX audit_by_origin ON audit_events (origin, seq);
CREATE INDEX audit_by_action_time ON audit_events (action, occurred_at);
