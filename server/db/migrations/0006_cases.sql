-- The case register (确诊/疑似/治愈/死亡): one row per person with their current status, and
-- every change kept in case_changes. Health staff write it; the dashboards read its counters.
CREATE TABLE cases (
  id          uuid PRIMARY KEY,
  person_id   uuid NOT NULL REFERENCES persons (id),
  grid_code   text COLLATE "C" NOT NULL REFERENCES regions (code),
  status      text NOT NULL CHECK (status IN ('suspected', 'confirmed', 'cured', 'deceased', 'excluded')),
  -- The date the current status took effect (reported date, not when it was typed in).
  status_on   date NOT NULL,
  source      text NOT NULL CHECK (length(source) BETWEEN 1 AND 100),
  note        text CHECK (length(note) <= 500),
  created_by  uuid NOT NULL REFERENCES users (id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
-- A person is in the register once; their history is in case_changes.
CREATE UNIQUE INDEX cases_person_idx ON cases (person_id);
CREATE INDEX cases_grid_idx ON cases (grid_code, status);

CREATE TABLE case_changes (
  -- Client-made id: a retried change is stored once.
  id           uuid PRIMARY KEY,
  case_id      uuid NOT NULL REFERENCES cases (id),
  from_status  text CHECK (from_status IN ('suspected', 'confirmed', 'cured', 'deceased', 'excluded')),
  to_status    text NOT NULL CHECK (to_status IN ('suspected', 'confirmed', 'cured', 'deceased', 'excluded')),
  changed_on   date NOT NULL,
  source       text NOT NULL CHECK (length(source) BETWEEN 1 AND 100),
  note         text CHECK (length(note) <= 500),
  changed_by   uuid NOT NULL REFERENCES users (id),
  changed_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_changes_case_idx ON case_changes (case_id, changed_at);
