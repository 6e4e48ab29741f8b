-- The map's list of arrivals, newest arrival day first, over a whole city: an ordered index
-- scan that stops at the page, instead of sorting every arrival of the period.
CREATE INDEX movements_arrival_day_idx ON movements (moved_on DESC, id) WHERE direction = 'arrival';
