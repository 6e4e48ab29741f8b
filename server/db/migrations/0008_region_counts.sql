-- The daily counters rolled up to every region above the grid (community, street, district,
-- city), kept in the same transaction as daily_counts. A city panel then reads a few rows per
-- day instead of summing every grid's: with facts spread over 8,129 grids, grid counters
-- alone are nearly as many rows as the facts themselves.
CREATE TABLE region_counts (
  day         date NOT NULL,
  region_code text COLLATE "C" NOT NULL,
  level       smallint NOT NULL CHECK (level BETWEEN 1 AND 4),
  metric      text NOT NULL,
  key         text NOT NULL DEFAULT '',
  n           bigint NOT NULL,
  PRIMARY KEY (metric, region_code, day, key)
);
-- Children of a region: one level's rows inside the parent's code range.
CREATE INDEX region_counts_level_idx ON region_counts (metric, level, region_code, day);

-- One grid's counters over a period (grid-level panels and drill-downs).
CREATE INDEX daily_counts_grid_idx ON daily_counts (grid_code, metric, day);

-- Counters of any region at any level, grids included. Readers filter on `level` too: the
-- planner then drops the branch that cannot match.
CREATE VIEW counts_by_region AS
  SELECT day, region_code, level, metric, key, n FROM region_counts
  UNION ALL
  SELECT day, grid_code AS region_code, 5::smallint AS level, metric, key, n FROM daily_counts;

INSERT INTO region_counts (day, region_code, level, metric, key, n)
  SELECT c.day, left(c.grid_code, l.len), l.level, c.metric, c.key, sum(c.n)
  FROM daily_counts c CROSS JOIN (VALUES (1, 4), (2, 6), (3, 9), (4, 12)) AS l(level, len)
  GROUP BY 1, 2, 3, 4, 5;
