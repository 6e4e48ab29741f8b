-- Files of instructions: attachments (images, PDF) the sender adds, photos a feedback carries.
-- A file is uploaded first (staged, owned by its uploader) and then named by the instruction or
-- the feedback that uses it; the instruction and the feedback keep a copy of each file's name,
-- type and size, so that reading them needs no join.
CREATE TABLE instruction_files (
  id             uuid PRIMARY KEY,
  uploaded_by    uuid NOT NULL REFERENCES users (id),
  name           text NOT NULL,
  content_type   text NOT NULL,
  bytes          integer NOT NULL,
  storage_key    text NOT NULL,
  sha256         text NOT NULL,
  instruction_id uuid REFERENCES instructions (id),
  feedback_id    uuid REFERENCES instruction_feedback (id),
  created_at     timestamptz NOT NULL,
  CHECK (instruction_id IS NULL OR feedback_id IS NULL)
);
CREATE INDEX instruction_files_instruction_idx ON instruction_files (instruction_id) WHERE instruction_id IS NOT NULL;
CREATE INDEX instruction_files_staged_idx ON instruction_files (uploaded_by, created_at) WHERE instruction_id IS NULL AND feedback_id IS NULL;

ALTER TABLE instructions ADD COLUMN attachments jsonb NOT NULL DEFAULT '[]';
ALTER TABLE instruction_feedback ADD COLUMN photos jsonb NOT NULL DEFAULT '[]';

-- A new warning tells its grid's workers; the notification links to it.
ALTER TABLE notifications ADD COLUMN warning_id uuid REFERENCES warnings (id);
