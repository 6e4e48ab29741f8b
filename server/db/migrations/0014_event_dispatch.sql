-- Event dispatch (事件交办): departments that handle events, the step an event is on with its
-- deadline, escalation to the parent level's supervision, and the requests an assignee makes
-- of the dispatcher (extension, suspension, void).

CREATE TABLE departments (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_code text COLLATE "C" NOT NULL REFERENCES regions (code),
  kind        text NOT NULL,
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  active      boolean NOT NULL DEFAULT true,
  created_by  uuid REFERENCES users (id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_code, name)
);
CREATE INDEX departments_region_idx ON departments (region_code);

ALTER TABLE users ADD COLUMN department_id uuid REFERENCES departments (id);
CREATE INDEX users_department_idx ON users (department_id) WHERE department_id IS NOT NULL;

-- Time limits per step; the most specific rule (category, then priority, then area) wins.
-- NULL matches anything.
CREATE TABLE event_time_limits (
  id            serial PRIMARY KEY,
  step          text NOT NULL,
  category      text,
  priority      text,
  area          text,
  minutes       integer NOT NULL CHECK (minutes BETWEEN 1 AND 43200),
  working_hours boolean NOT NULL DEFAULT false
);
-- A city rule in use elsewhere: 立案派遣 10 min urgent / 30 min normal; 核查 1 h in town, 2 h rural;
-- 发现疑似感染者 handled in 2 h, 消杀 in 24 h.
INSERT INTO event_time_limits (step, category, priority, area, minutes, working_hours) VALUES
  ('dispatch', NULL, 'urgent', NULL, 10, false),
  ('dispatch', NULL, NULL, NULL, 30, false),
  ('handle', 'suspected_case_found', NULL, NULL, 120, false),
  ('handle', 'suspected_case_outing', NULL, NULL, 60, false),
  ('handle', 'disinfection', NULL, NULL, 1440, false),
  ('handle', NULL, 'urgent', NULL, 240, false),
  ('handle', NULL, NULL, NULL, 960, true),
  ('verify', NULL, NULL, 'urban', 60, false),
  ('verify', NULL, NULL, 'rural', 120, false),
  ('close', NULL, NULL, NULL, 60, false);

UPDATE events SET status = 'handled' WHERE status = 'resolved';
UPDATE event_status_changes SET from_status = 'handled' WHERE from_status = 'resolved';
UPDATE event_status_changes SET to_status = 'handled' WHERE to_status = 'resolved';

ALTER TABLE events
  ADD COLUMN priority               text NOT NULL DEFAULT 'normal',
  ADD COLUMN source                 text NOT NULL DEFAULT 'field',
  ADD COLUMN assigned_department_id uuid REFERENCES departments (id),
  ADD COLUMN assigned_user_id       uuid REFERENCES users (id),
  ADD COLUMN dispatched_by          uuid REFERENCES users (id),
  ADD COLUMN dispatcher_region      text COLLATE "C",
  ADD COLUMN handled_on_spot        boolean NOT NULL DEFAULT false,
  ADD COLUMN step_started_at        timestamptz,
  ADD COLUMN step_due_at            timestamptz,
  ADD COLUMN suspended_at           timestamptz,
  -- While suspended (缓办) the clock stops; what was left of the step is kept here.
  ADD COLUMN suspended_left_ms      bigint,
  ADD COLUMN escalated_at           timestamptz,
  ADD COLUMN supervision_region     text COLLATE "C",
  ADD COLUMN accepted_at            timestamptz,
  ADD COLUMN dispatched_at          timestamptz,
  ADD COLUMN handled_at             timestamptz,
  ADD COLUMN closed_at              timestamptz,
  -- Whether each step was done by its deadline (NULL: not done yet), for the on-time rates.
  ADD COLUMN dispatch_on_time       boolean,
  ADD COLUMN handle_on_time         boolean,
  ADD COLUMN close_on_time          boolean,
  -- Steps finished after their deadline; an event closes on time only with none.
  ADD COLUMN late_steps             integer NOT NULL DEFAULT 0,
  ADD COLUMN returns                integer NOT NULL DEFAULT 0,
  ADD COLUMN reworks                integer NOT NULL DEFAULT 0,
  ADD COLUMN extensions             integer NOT NULL DEFAULT 0,
  ADD COLUMN suspensions            integer NOT NULL DEFAULT 0;

-- The escalation sweep reads open steps by deadline.
CREATE INDEX events_step_due_idx ON events (step_due_at) WHERE step_due_at IS NOT NULL AND escalated_at IS NULL;
CREATE INDEX events_assignee_user_idx ON events (assigned_user_id, occurred_at DESC) WHERE assigned_user_id IS NOT NULL;
CREATE INDEX events_assignee_department_idx ON events (assigned_department_id, occurred_at DESC) WHERE assigned_department_id IS NOT NULL;
CREATE INDEX events_supervision_idx ON events (supervision_region, occurred_at DESC) WHERE supervision_region IS NOT NULL;

ALTER TABLE event_status_changes
  ADD COLUMN action        text,
  ADD COLUMN department_id uuid REFERENCES departments (id),
  ADD COLUMN assignee_id   uuid REFERENCES users (id),
  ADD COLUMN due_at        timestamptz;

-- Photos of the handling (处置) sit beside the report's.
ALTER TABLE event_photos ADD COLUMN stage text NOT NULL DEFAULT 'report';
ALTER TABLE event_photos DROP CONSTRAINT event_photos_event_id_position_key;
ALTER TABLE event_photos ADD CONSTRAINT event_photos_stage_position_key UNIQUE (event_id, stage, position);

CREATE TABLE event_requests (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id     uuid NOT NULL REFERENCES events (id),
  kind         text NOT NULL,
  reason       text NOT NULL,
  minutes      integer,
  requested_by uuid NOT NULL REFERENCES users (id),
  requested_at timestamptz NOT NULL,
  decided_by   uuid REFERENCES users (id),
  decided_at   timestamptz,
  approved     boolean,
  decision_note text
);
CREATE INDEX event_requests_event_idx ON event_requests (event_id, requested_at);
-- One open request per event at a time.
CREATE UNIQUE INDEX event_requests_open_idx ON event_requests (event_id) WHERE decided_at IS NULL;

ALTER TABLE notifications ADD COLUMN event_id uuid REFERENCES events (id);
