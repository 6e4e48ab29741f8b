-- The five-level region hierarchy. Codes are "C"-collated so that "inside region P" is the
-- btree range [P, P with its last digit + 1) whatever the database's locale.
CREATE TABLE regions (
  code          text COLLATE "C" PRIMARY KEY,
  parent_code   text COLLATE "C" REFERENCES regions (code) ON DELETE RESTRICT,
  level         smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
  name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  kind          text,
  official_code text,
  external_id   text,
  population    integer CHECK (population >= 0),
  geometry      jsonb,
  centroid_lon  double precision,
  centroid_lat  double precision,
  bbox_min_lon  double precision,
  bbox_min_lat  double precision,
  bbox_max_lon  double precision,
  bbox_max_lat  double precision,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT regions_code_digits CHECK (code ~ '^[0-9]+$'),
  CONSTRAINT regions_code_length CHECK (
    length(code) = CASE level WHEN 1 THEN 4 WHEN 2 THEN 6 WHEN 3 THEN 9 WHEN 4 THEN 12 ELSE 15 END),
  CONSTRAINT regions_root_is_city CHECK ((level = 1) = (parent_code IS NULL)),
  CONSTRAINT regions_code_extends_parent CHECK (
    parent_code IS NULL OR left(code, length(parent_code)) = parent_code)
);

CREATE INDEX regions_parent_idx ON regions (parent_code);
CREATE INDEX regions_level_code_idx ON regions (level, code);
CREATE UNIQUE INDEX regions_external_id_idx ON regions (level, external_id) WHERE external_id IS NOT NULL;

-- Small key/value facts about this installation (e.g. the fingerprint of the personal-data key).
CREATE TABLE settings (
  key        text PRIMARY KEY,
  value      jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
