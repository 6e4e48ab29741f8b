CREATE TABLE users (
  id                  uuid PRIMARY KEY,
  username            text NOT NULL CHECK (username ~ '^[a-z0-9_.-]{3,40}$'),
  display_name        text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 60),
  role                text NOT NULL CHECK (role IN ('admin', 'commander', 'staff', 'health', 'grid_worker')),
  region_code         text COLLATE "C" NOT NULL REFERENCES regions (code),
  password_hash       text NOT NULL,
  disabled            boolean NOT NULL DEFAULT false,
  failed_logins       integer NOT NULL DEFAULT 0,
  locked_until        timestamptz,
  last_login_at       timestamptz,
  password_changed_at timestamptz NOT NULL DEFAULT now(),
  is_demo             boolean NOT NULL DEFAULT false,
  created_by          uuid REFERENCES users (id),
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX users_username_idx ON users (username);
CREATE INDEX users_region_idx ON users (region_code);

-- Only a SHA-256 of each session token is kept: a leaked table cannot be replayed.
CREATE TABLE sessions (
  token_hash   text PRIMARY KEY,
  user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL
);

CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expiry_idx ON sessions (expires_at);
