-- Residents' health declarations by QR code at community entrances, and the warnings they raise.

CREATE TABLE checkpoints (
  id              uuid PRIMARY KEY,
  community_code  text COLLATE "C" NOT NULL REFERENCES regions (code),
  grid_code       text COLLATE "C" NOT NULL REFERENCES regions (code),
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  kind            text NOT NULL CHECK (kind IN ('residential_entrance', 'road_checkpoint', 'other')),
  lon             double precision NOT NULL,
  lat             double precision NOT NULL,
  -- What the QR code carries: unguessable, replaced on rotation.
  token           text NOT NULL UNIQUE,
  token_issued_at timestamptz NOT NULL,
  active          boolean NOT NULL DEFAULT true,
  created_by      uuid REFERENCES users (id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX checkpoints_community_idx ON checkpoints (community_code);

-- Tokens of printed posters that were rotated away: scanning one says so, rather than "unknown".
CREATE TABLE retired_checkpoint_tokens (
  token         text PRIMARY KEY,
  checkpoint_id uuid NOT NULL REFERENCES checkpoints (id),
  retired_at    timestamptz NOT NULL
);

CREATE TABLE warnings (
  id                  uuid PRIMARY KEY,
  phone_index         text NOT NULL,
  checkpoint_id       uuid NOT NULL REFERENCES checkpoints (id),
  grid_code           text COLLATE "C" NOT NULL,
  name                text NOT NULL,
  phone_cipher        text NOT NULL,
  phone_masked        text NOT NULL,
  level               text NOT NULL CHECK (level IN ('medium', 'high')),
  reasons             text[] NOT NULL,
  max_temperature     numeric(3, 1) NOT NULL,
  declaration_count   integer NOT NULL DEFAULT 1,
  first_declared_at   timestamptz NOT NULL,
  last_declared_at    timestamptz NOT NULL,
  last_declaration_id uuid NOT NULL,
  due_at              timestamptz NOT NULL,
  status              text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'verified')),
  verified_at         timestamptz,
  verified_by         uuid REFERENCES users (id),
  outcome             text,
  note                text,
  created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX warnings_grid_idx ON warnings (grid_code, status, due_at);
CREATE INDEX warnings_open_phone_idx ON warnings (phone_index, last_declared_at) WHERE status = 'open';

-- The hot table: one row per scan. Few indexes, on purpose.
CREATE TABLE declarations (
  id               uuid PRIMARY KEY,
  checkpoint_id    uuid NOT NULL REFERENCES checkpoints (id),
  grid_code        text COLLATE "C" NOT NULL,
  declared_at      timestamptz NOT NULL,
  name             text NOT NULL,
  phone_cipher     text NOT NULL,
  phone_index      text NOT NULL,
  phone_masked     text NOT NULL,
  id_number_cipher text,
  id_number_masked text,
  direction        text NOT NULL,
  temperature      numeric(3, 1) NOT NULL,
  symptoms         text[] NOT NULL,
  key_area_travel  boolean NOT NULL,
  case_contact     boolean NOT NULL,
  result           text NOT NULL,
  warning_id       uuid
);
CREATE INDEX declarations_grid_idx ON declarations (grid_code, declared_at);
CREATE INDEX declarations_phone_idx ON declarations (phone_index, declared_at);
