-- Failed sign-ins, counted per account name and client address (the pair a lock applies to)
-- and per account name across addresses (address '*', which only slows sign-in down). Keyed by
-- the name typed, so an unknown name is counted like a known one and answers the same.
CREATE TABLE login_throttle (
  username        text COLLATE "C" NOT NULL,
  address         text COLLATE "C" NOT NULL,
  failures        integer NOT NULL CHECK (failures >= 0),
  last_failed_at  timestamptz NOT NULL,
  locked_until    timestamptz,
  PRIMARY KEY (username, address)
);

CREATE INDEX login_throttle_last_failed_idx ON login_throttle (last_failed_at);

-- The old lock was the whole account's: whoever typed five wrong passwords locked its owner out.
UPDATE users SET locked_until = NULL, failed_logins = 0 WHERE locked_until IS NOT NULL OR failed_logins <> 0;
