-- Append-only, hash-chained record of sensitive actions: each row's hash covers its content
-- and the previous row's hash, so an edited, removed or reordered row breaks the chain.
CREATE TABLE audit_log (
  seq            bigint PRIMARY KEY CHECK (seq > 0),
  at             timestamptz NOT NULL,
  actor_id       uuid,
  actor_username text,
  action         text NOT NULL,
  target_type    text,
  target_id      text,
  region_code    text COLLATE "C",
  detail         jsonb NOT NULL DEFAULT '{}'::jsonb,
  prev_hash      text NOT NULL,
  hash           text NOT NULL
);

CREATE INDEX audit_log_region_idx ON audit_log (region_code, seq);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, seq);

CREATE FUNCTION audit_log_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_reject_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_reject_change();
