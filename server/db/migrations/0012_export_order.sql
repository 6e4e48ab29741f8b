-- List exports walk the cases newest registered first, a batch at a time from where the last
-- one stopped: this index serves each batch without sorting the region's cases again.
-- (movements_time_idx already serves the movements' walk.)
CREATE INDEX cases_created_idx ON cases (created_at DESC, id DESC);
