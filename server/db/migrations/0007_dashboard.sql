-- The big screen's ticker reads the newest facts of a region: for a wide region (a district,
-- the city) walking these time indexes and skipping rows outside it beats sorting the region.
CREATE INDEX events_time_idx ON events (occurred_at DESC);
CREATE INDEX warnings_time_idx ON warnings (first_declared_at DESC);
CREATE INDEX movements_time_idx ON movements (created_at DESC);
