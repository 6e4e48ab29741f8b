-- An account may have a mobile number for SMS reminders (短信提醒): encrypted like residents'
-- numbers, with the masked form the account lists show. No blind index: nothing looks an
-- account up by its number.
ALTER TABLE users ADD COLUMN phone_cipher text, ADD COLUMN phone_masked text;

-- The outbound queue: one row per notification and configured channel, written in the
-- notification's own transaction, so a rolled-back notification never goes out and a committed
-- one is never lost. Workers claim due rows; a claim moves `due_at` to the lease's end, so a
-- worker that dies mid-send leaves the row to be claimed again once the lease runs out.
CREATE TABLE outbound_deliveries (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  notification_id uuid NOT NULL REFERENCES notifications (id),
  channel         text NOT NULL CHECK (channel IN ('webhook', 'sms')),
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed', 'cancelled')),
  attempts        integer NOT NULL DEFAULT 0,
  due_at          timestamptz NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  finished_at     timestamptz,
  UNIQUE (notification_id, channel)
);
CREATE INDEX outbound_deliveries_due_idx ON outbound_deliveries (due_at) WHERE status = 'pending';

-- The delivery log: every attempt, written when it is claimed and completed when it ends. An
-- attempt whose worker died stays without outcome until its delivery is claimed again, which
-- marks it abandoned. Never a phone number, a request or a response body.
CREATE TABLE outbound_attempts (
  delivery_id uuid NOT NULL REFERENCES outbound_deliveries (id),
  attempt     integer NOT NULL,
  started_at  timestamptz NOT NULL,
  duration_ms integer,
  status_code integer,
  outcome     text CHECK (outcome IN ('delivered', 'retry', 'failed', 'abandoned')),
  error       text,
  PRIMARY KEY (delivery_id, attempt)
);
