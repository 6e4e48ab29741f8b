-- Lists page by keyset ("the rows after this one" in the list's order) instead of OFFSET, so a
-- page costs the same at any depth. Each list's order gets a btree on exactly its keys, the
-- id last to break ties: one over the whole table (a city-wide list walks it newest first and
-- stops after a page) and one led by the scope column (a grid's list reads only its own rows).
CREATE INDEX persons_created_idx ON persons (created_at DESC, id DESC);
CREATE INDEX persons_grid_created_idx ON persons (grid_code, created_at DESC, id DESC);
DROP INDEX persons_grid_idx;

CREATE INDEX households_created_idx ON households (created_at DESC, id DESC);
CREATE INDEX households_grid_created_idx ON households (grid_code, created_at DESC, id DESC);
DROP INDEX households_grid_idx;

CREATE INDEX movements_moved_idx ON movements (moved_on DESC, created_at DESC, id DESC);
CREATE INDEX movements_grid_moved_idx ON movements (grid_code, moved_on DESC, created_at DESC, id DESC);
DROP INDEX movements_grid_idx;
-- The field app's "in observation today": arrivals of the worker's grid whose window is open.
CREATE INDEX movements_grid_window_idx ON movements (grid_code, observation_ends_on) WHERE direction = 'arrival';

CREATE INDEX events_occurred_idx ON events (occurred_at DESC, id DESC);
CREATE INDEX events_grid_occurred_idx ON events (grid_code, occurred_at DESC, id DESC);
DROP INDEX events_grid_idx;

CREATE INDEX visits_visited_idx ON visits (visited_at DESC, id DESC);
CREATE INDEX visits_grid_visited_idx ON visits (grid_code, visited_at DESC, id DESC);
DROP INDEX visits_grid_idx;

CREATE INDEX cases_status_on_idx ON cases (status_on DESC, updated_at DESC, id DESC);

-- Name search stays "contains" (names are stored in clear; only ID and phone numbers are
-- encrypted): trigrams let a GIN index answer LIKE '%…%' for three characters or more, and
-- a one- or two-character name is found by walking the list's order until a page is full.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX persons_name_trgm_idx ON persons USING gin (name gin_trgm_ops);
CREATE INDEX households_address_trgm_idx ON households USING gin (address gin_trgm_ops);
