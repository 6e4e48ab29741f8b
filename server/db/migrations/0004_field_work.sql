-- Field work: households, people, arrivals/departures, visits, event reports with photos,
-- checkpoint duty, and the daily counters every dashboard reads instead of the facts.
-- Every fact row has a client-made UUID (offline retries are stored once) and its grid code.

CREATE TABLE households (
  id          uuid PRIMARY KEY,
  grid_code   text COLLATE "C" NOT NULL REFERENCES regions (code),
  address     text NOT NULL CHECK (length(address) BETWEEN 1 AND 200),
  lon         double precision,
  lat         double precision,
  note        text,
  created_by  uuid NOT NULL REFERENCES users (id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX households_grid_idx ON households (grid_code, created_at DESC);

CREATE TABLE persons (
  id               uuid PRIMARY KEY,
  household_id     uuid REFERENCES households (id),
  grid_code        text COLLATE "C" NOT NULL REFERENCES regions (code),
  name             text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  -- ID and phone numbers: AES-256-GCM ciphertext, HMAC blind index, masked display form.
  id_number_cipher text,
  id_number_index  text,
  id_number_masked text,
  phone_cipher     text,
  phone_index      text,
  phone_masked     text,
  sex              text CHECK (sex IN ('male', 'female')),
  birth_date       date,
  relation         text,
  created_by       uuid NOT NULL REFERENCES users (id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX persons_id_number_idx ON persons (id_number_index) WHERE id_number_index IS NOT NULL;
CREATE INDEX persons_phone_idx ON persons (phone_index) WHERE phone_index IS NOT NULL;
CREATE INDEX persons_grid_idx ON persons (grid_code, created_at DESC);
CREATE INDEX persons_household_idx ON persons (household_id);

CREATE TABLE movements (
  id                 uuid PRIMARY KEY,
  person_id          uuid NOT NULL REFERENCES persons (id),
  grid_code          text COLLATE "C" NOT NULL REFERENCES regions (code),
  direction          text NOT NULL CHECK (direction IN ('arrival', 'departure')),
  category           text NOT NULL CHECK (category IN ('wuhan', 'hubei_other', 'other_province', 'abroad', 'in_province')),
  place_province     text,
  place_city         text,
  left_on            date,
  arrived_on         date,
  -- The day that counts: arrival date of an arrival, departure date of a departure.
  moved_on           date NOT NULL,
  transport          text,
  health_status      text NOT NULL,
  -- Arrivals: the 14-day observation window ends 14 days after arrival.
  observation_ends_on date,
  released_on        date,
  note               text,
  created_by         uuid NOT NULL REFERENCES users (id),
  created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX movements_grid_idx ON movements (grid_code, moved_on DESC);
CREATE INDEX movements_person_idx ON movements (person_id, created_at);
CREATE INDEX movements_window_idx ON movements (observation_ends_on) WHERE direction = 'arrival';

CREATE TABLE visits (
  id           uuid PRIMARY KEY,
  household_id uuid NOT NULL REFERENCES households (id),
  grid_code    text COLLATE "C" NOT NULL REFERENCES regions (code),
  visited_at   timestamptz NOT NULL,
  met_count    integer NOT NULL CHECK (met_count BETWEEN 0 AND 99),
  outcome      text NOT NULL,
  note         text,
  lon          double precision,
  lat          double precision,
  created_by   uuid NOT NULL REFERENCES users (id),
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX visits_grid_idx ON visits (grid_code, visited_at DESC);
CREATE INDEX visits_household_idx ON visits (household_id, visited_at DESC);

CREATE TABLE events (
  id            uuid PRIMARY KEY,
  grid_code     text COLLATE "C" NOT NULL REFERENCES regions (code),
  category      text NOT NULL,
  description   text NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
  occurred_at   timestamptz NOT NULL,
  lon           double precision NOT NULL,
  lat           double precision NOT NULL,
  -- Located outside the reporter's own grids (or outside every grid): accepted, but a person checks it.
  needs_review  boolean NOT NULL DEFAULT false,
  review_reason text,
  status        text NOT NULL DEFAULT 'reported',
  status_note   text,
  status_by     uuid REFERENCES users (id),
  status_at     timestamptz,
  reported_by   uuid NOT NULL REFERENCES users (id),
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_grid_idx ON events (grid_code, occurred_at DESC);
CREATE INDEX events_review_idx ON events (needs_review) WHERE needs_review;

-- Every status change of an event, for its history.
CREATE TABLE event_status_changes (
  id          bigserial PRIMARY KEY,
  event_id    uuid NOT NULL REFERENCES events (id),
  from_status text NOT NULL,
  to_status   text NOT NULL,
  note        text,
  changed_by  uuid NOT NULL REFERENCES users (id),
  changed_at  timestamptz NOT NULL
);
CREATE INDEX event_status_changes_event_idx ON event_status_changes (event_id, changed_at);

CREATE TABLE event_photos (
  id           uuid PRIMARY KEY,
  event_id     uuid NOT NULL REFERENCES events (id),
  position     smallint NOT NULL CHECK (position BETWEEN 0 AND 2),
  storage_key  text NOT NULL,
  content_type text NOT NULL,
  bytes        integer NOT NULL,
  width        integer NOT NULL,
  height       integer NOT NULL,
  sha256       text NOT NULL,
  UNIQUE (event_id, position)
);

CREATE TABLE duty_shifts (
  id              uuid PRIMARY KEY,
  worker_id       uuid NOT NULL REFERENCES users (id),
  grid_code       text COLLATE "C" NOT NULL REFERENCES regions (code),
  checkpoint_name text NOT NULL CHECK (length(checkpoint_name) BETWEEN 1 AND 100),
  started_at      timestamptz NOT NULL,
  ended_at        timestamptz,
  start_lon       double precision,
  start_lat       double precision,
  last_heartbeat_at timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (ended_at IS NULL OR ended_at >= started_at)
);
-- At most one open shift per worker.
CREATE UNIQUE INDEX duty_shifts_open_idx ON duty_shifts (worker_id) WHERE ended_at IS NULL;
CREATE INDEX duty_shifts_grid_idx ON duty_shifts (grid_code, started_at DESC);

CREATE TABLE heartbeats (
  id        uuid PRIMARY KEY,
  shift_id  uuid NOT NULL REFERENCES duty_shifts (id),
  worker_id uuid NOT NULL REFERENCES users (id),
  at        timestamptz NOT NULL,
  lon       double precision NOT NULL,
  lat       double precision NOT NULL,
  accuracy  real
);
CREATE INDEX heartbeats_shift_idx ON heartbeats (shift_id, at);

-- What each worker did each day (China time): the worker-status panel reads this, not the facts.
CREATE TABLE worker_days (
  day               date NOT NULL,
  worker_id         uuid NOT NULL REFERENCES users (id),
  grid_code         text COLLATE "C" NOT NULL,
  visits            integer NOT NULL DEFAULT 0,
  events            integer NOT NULL DEFAULT 0,
  movements         integer NOT NULL DEFAULT 0,
  households        integer NOT NULL DEFAULT 0,
  persons           integer NOT NULL DEFAULT 0,
  duty_seconds      integer NOT NULL DEFAULT 0,
  last_activity_at  timestamptz NOT NULL,
  last_lon          double precision,
  last_lat          double precision,
  PRIMARY KEY (day, worker_id)
);
CREATE INDEX worker_days_grid_idx ON worker_days (grid_code, day);
CREATE INDEX worker_days_worker_idx ON worker_days (worker_id, day);

-- Counters by day (China time), grid, metric and key, upserted in the same transaction as each fact.
CREATE TABLE daily_counts (
  day       date NOT NULL,
  grid_code text COLLATE "C" NOT NULL,
  metric    text NOT NULL,
  key       text NOT NULL DEFAULT '',
  n         bigint NOT NULL,
  PRIMARY KEY (day, grid_code, metric, key)
);
CREATE INDEX daily_counts_metric_idx ON daily_counts (metric, day, grid_code);
