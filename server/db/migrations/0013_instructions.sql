-- Instructions (指令/通知) sent down from an office, one receipt per recipient unit: a grid
-- (its grid workers share it) or an office's region (its staff accounts share it). Receipts
-- are made when the instruction is composed, also for a scheduled one: the inbox shows a
-- receipt once its instruction's send_at has passed, so sending at a set time needs no job
-- that must not miss its moment; `announced` only records that the live push went out.
CREATE TABLE instructions (
  id                uuid PRIMARY KEY,
  title             text NOT NULL,
  body              text NOT NULL,
  priority          text NOT NULL CHECK (priority IN ('normal', 'urgent')),
  kind              text NOT NULL CHECK (kind IN ('grid_workers', 'staff')),
  -- The level of the receipts' units: 5 (grids) for grid workers, the offices' level for staff.
  unit_level        smallint NOT NULL CHECK (unit_level BETWEEN 1 AND 5),
  regions           text[] NOT NULL,
  feedback_required boolean NOT NULL,
  feedback_fields   jsonb NOT NULL DEFAULT '[]',
  due_at            timestamptz NOT NULL,
  send_at           timestamptz NOT NULL,
  announced         boolean NOT NULL DEFAULT false,
  sender_id         uuid NOT NULL REFERENCES users (id),
  sender_region     text COLLATE "C" NOT NULL,
  forward_of        uuid REFERENCES instructions (id),
  receipts          integer NOT NULL,
  withdrawn_at      timestamptz,
  withdrawn_by      uuid REFERENCES users (id),
  withdraw_reason   text,
  last_reminded_at  timestamptz,
  created_at        timestamptz NOT NULL DEFAULT now(),
  CHECK (due_at > send_at)
);
CREATE INDEX instructions_created_idx ON instructions (created_at DESC, id DESC);
CREATE INDEX instructions_sender_idx ON instructions (sender_region, created_at DESC, id DESC);
CREATE INDEX instructions_forward_idx ON instructions (forward_of) WHERE forward_of IS NOT NULL;
CREATE INDEX instructions_unannounced_idx ON instructions (send_at) WHERE NOT announced;

CREATE TABLE instruction_receipts (
  instruction_id   uuid NOT NULL REFERENCES instructions (id),
  unit_code        text COLLATE "C" NOT NULL REFERENCES regions (code),
  status           text NOT NULL DEFAULT 'unread' CHECK (status IN ('unread', 'read', 'done')),
  read_at          timestamptz,
  read_by          uuid REFERENCES users (id),
  done_at          timestamptz,
  done_by          uuid REFERENCES users (id),
  reminders        integer NOT NULL DEFAULT 0,
  last_reminded_at timestamptz,
  PRIMARY KEY (instruction_id, unit_code)
);
-- A grid's or an office's inbox.
CREATE INDEX instruction_receipts_unit_idx ON instruction_receipts (unit_code, instruction_id);

CREATE TABLE instruction_feedback (
  id             uuid PRIMARY KEY,
  instruction_id uuid NOT NULL,
  unit_code      text COLLATE "C" NOT NULL,
  text           text NOT NULL DEFAULT '',
  "values"       jsonb NOT NULL DEFAULT '{}',
  by_id          uuid NOT NULL REFERENCES users (id),
  at             timestamptz NOT NULL,
  FOREIGN KEY (instruction_id, unit_code) REFERENCES instruction_receipts (instruction_id, unit_code)
);
CREATE INDEX instruction_feedback_receipt_idx ON instruction_feedback (instruction_id, unit_code, at);

-- Who reminded whom when: the 5-minute limit is per instruction and reminded region.
CREATE TABLE instruction_reminders (
  instruction_id uuid NOT NULL REFERENCES instructions (id),
  region_code    text COLLATE "C" NOT NULL,
  by_id          uuid NOT NULL REFERENCES users (id),
  at             timestamptz NOT NULL,
  receipts       integer NOT NULL
);
CREATE INDEX instruction_reminders_idx ON instruction_reminders (instruction_id, region_code, at DESC);

-- One row per account and thing to tell it; `at` in the future (a scheduled instruction)
-- keeps it out of the bell until then.
CREATE TABLE notifications (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id        uuid NOT NULL REFERENCES users (id),
  kind           text NOT NULL,
  title          text NOT NULL,
  priority       text NOT NULL DEFAULT 'normal',
  instruction_id uuid REFERENCES instructions (id),
  at             timestamptz NOT NULL,
  read_at        timestamptz
);
CREATE INDEX notifications_user_idx ON notifications (user_id, at DESC, id DESC);
CREATE INDEX notifications_unread_idx ON notifications (user_id, at) WHERE read_at IS NULL;
