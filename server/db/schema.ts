import type { ColumnType, Generated } from 'kysely';

/** Row types of the tables, as Kysely sees them. Keep in step with migrations/. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, string, string>;

export interface RegionsTable {
  code: string;
  parent_code: string | null;
  level: number;
  name: string;
  kind: string | null;
  official_code: string | null;
  external_id: string | null;
  population: number | null;
  geometry: Json | null;
  centroid_lon: number | null;
  centroid_lat: number | null;
  bbox_min_lon: number | null;
  bbox_min_lat: number | null;
  bbox_max_lon: number | null;
  bbox_max_lat: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SettingsTable {
  key: string;
  value: Json;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  region_code: string;
  password_hash: string;
  disabled: ColumnType<boolean, boolean | undefined, boolean>;
  failed_logins: ColumnType<number, number | undefined, number>;
  locked_until: Date | null;
  last_login_at: Date | null;
  password_changed_at: Timestamp;
  is_demo: ColumnType<boolean, boolean | undefined, boolean>;
  phone_cipher: ColumnType<string | null, string | null | undefined, string | null>;
  phone_masked: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  department_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface LoginThrottleTable {
  username: string;
  /** The client address, or '*' for the account's count across addresses. */
  address: string;
  failures: number;
  last_failed_at: Date;
  locked_until: Date | null;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Date;
}

export interface AuditLogTable {
  seq: number;
  at: Date;
  actor_id: string | null;
  actor_username: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  region_code: string | null;
  detail: Json<Record<string, unknown>>;
  prev_hash: string;
  hash: string;
}

export interface SchemaMigrationsTable {
  version: string;
  applied_at: Generated<Date>;
}

export interface HouseholdsTable {
  id: string;
  grid_code: string;
  address: string;
  lon: number | null;
  lat: number | null;
  note: string | null;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PersonsTable {
  id: string;
  household_id: string | null;
  grid_code: string;
  name: string;
  id_number_cipher: string | null;
  id_number_index: string | null;
  id_number_masked: string | null;
  phone_cipher: string | null;
  phone_index: string | null;
  phone_masked: string | null;
  sex: string | null;
  birth_date: string | null;
  relation: string | null;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MovementsTable {
  id: string;
  person_id: string;
  grid_code: string;
  direction: string;
  category: string;
  place_province: string | null;
  place_city: string | null;
  left_on: string | null;
  arrived_on: string | null;
  moved_on: string;
  transport: string | null;
  health_status: string;
  observation_ends_on: string | null;
  released_on: string | null;
  note: string | null;
  created_by: string;
  created_at: Timestamp;
}

export interface VisitsTable {
  id: string;
  household_id: string;
  grid_code: string;
  visited_at: Date;
  met_count: number;
  outcome: string;
  note: string | null;
  lon: number | null;
  lat: number | null;
  created_by: string;
  created_at: Timestamp;
}

export interface EventsTable {
  id: string;
  grid_code: string;
  category: string;
  description: string;
  occurred_at: Date;
  lon: number;
  lat: number;
  needs_review: ColumnType<boolean, boolean | undefined, boolean>;
  review_reason: string | null;
  status: ColumnType<string, string | undefined, string>;
  status_note: string | null;
  status_by: string | null;
  status_at: Date | null;
  reported_by: string;
  created_at: Timestamp;
  priority: ColumnType<string, string | undefined, string>;
  source: ColumnType<string, string | undefined, string>;
  assigned_department_id: ColumnType<string | null, string | null | undefined, string | null>;
  assigned_user_id: ColumnType<string | null, string | null | undefined, string | null>;
  dispatched_by: ColumnType<string | null, string | null | undefined, string | null>;
  dispatcher_region: ColumnType<string | null, string | null | undefined, string | null>;
  handled_on_spot: ColumnType<boolean, boolean | undefined, boolean>;
  step_started_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  step_due_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  suspended_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  suspended_left_ms: ColumnType<string | null, number | null | undefined, number | null>;
  escalated_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  supervision_region: ColumnType<string | null, string | null | undefined, string | null>;
  accepted_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  dispatched_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  handled_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  closed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  dispatch_on_time: ColumnType<boolean | null, boolean | null | undefined, boolean | null>;
  handle_on_time: ColumnType<boolean | null, boolean | null | undefined, boolean | null>;
  close_on_time: ColumnType<boolean | null, boolean | null | undefined, boolean | null>;
  late_steps: ColumnType<number, number | undefined, number>;
  returns: ColumnType<number, number | undefined, number>;
  reworks: ColumnType<number, number | undefined, number>;
  extensions: ColumnType<number, number | undefined, number>;
  suspensions: ColumnType<number, number | undefined, number>;
}

export interface EventStatusChangesTable {
  id: Generated<number>;
  event_id: string;
  from_status: string;
  to_status: string;
  note: string | null;
  changed_by: string;
  changed_at: Date;
  action: ColumnType<string | null, string | null | undefined, string | null>;
  department_id: ColumnType<string | null, string | null | undefined, string | null>;
  assignee_id: ColumnType<string | null, string | null | undefined, string | null>;
  due_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface DepartmentsTable {
  id: Generated<string>;
  region_code: string;
  kind: string;
  name: string;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface EventTimeLimitsTable {
  id: Generated<number>;
  step: string;
  category: string | null;
  priority: string | null;
  area: string | null;
  minutes: number;
  working_hours: boolean;
}

export interface EventRequestsTable {
  id: Generated<string>;
  event_id: string;
  kind: string;
  reason: string;
  minutes: number | null;
  requested_by: string;
  requested_at: Date;
  decided_by: string | null;
  decided_at: Date | null;
  approved: boolean | null;
  decision_note: string | null;
}

export interface EventPhotosTable {
  id: string;
  event_id: string;
  position: number;
  storage_key: string;
  content_type: string;
  bytes: number;
  width: number;
  height: number;
  sha256: string;
  stage: ColumnType<string, string | undefined, string>;
}

export interface DutyShiftsTable {
  id: string;
  worker_id: string;
  grid_code: string;
  checkpoint_name: string;
  started_at: Date;
  ended_at: Date | null;
  start_lon: number | null;
  start_lat: number | null;
  last_heartbeat_at: Date | null;
  created_at: Timestamp;
}

export interface HeartbeatsTable {
  id: string;
  shift_id: string;
  worker_id: string;
  at: Date;
  lon: number;
  lat: number;
  accuracy: number | null;
}

export interface WorkerDaysTable {
  day: string;
  worker_id: string;
  grid_code: string;
  visits: ColumnType<number, number | undefined, number>;
  events: ColumnType<number, number | undefined, number>;
  movements: ColumnType<number, number | undefined, number>;
  households: ColumnType<number, number | undefined, number>;
  persons: ColumnType<number, number | undefined, number>;
  duty_seconds: ColumnType<number, number | undefined, number>;
  last_activity_at: Date;
  last_lon: number | null;
  last_lat: number | null;
}

export interface DailyCountsTable {
  day: string;
  grid_code: string;
  metric: string;
  key: string;
  n: number;
}

/** Counters rolled up to levels 1–4 (migration 0008). */
export interface RegionCountsTable {
  day: string;
  region_code: string;
  level: number;
  metric: string;
  key: string;
  n: number;
}

export interface CheckpointsTable {
  id: string;
  community_code: string;
  grid_code: string;
  name: string;
  kind: string;
  lon: number;
  lat: number;
  token: string;
  token_issued_at: Date;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RetiredCheckpointTokensTable {
  token: string;
  checkpoint_id: string;
  retired_at: Date;
}

export interface WarningsTable {
  id: string;
  phone_index: string;
  checkpoint_id: string;
  grid_code: string;
  name: string;
  phone_cipher: string;
  phone_masked: string;
  level: string;
  reasons: string[];
  max_temperature: ColumnType<string, number | string, number | string>;
  declaration_count: ColumnType<number, number | undefined, number>;
  first_declared_at: Date;
  last_declared_at: Date;
  last_declaration_id: string;
  due_at: Date;
  status: ColumnType<string, string | undefined, string>;
  verified_at: Date | null;
  verified_by: string | null;
  outcome: string | null;
  note: string | null;
  created_at: Timestamp;
}

export interface DeclarationsTable {
  id: string;
  checkpoint_id: string;
  grid_code: string;
  declared_at: Date;
  name: string;
  phone_cipher: string;
  phone_index: string;
  phone_masked: string;
  id_number_cipher: string | null;
  id_number_masked: string | null;
  direction: string;
  temperature: ColumnType<string, number | string, number | string>;
  symptoms: string[];
  key_area_travel: boolean;
  case_contact: boolean;
  result: string;
  warning_id: string | null;
}

export interface CasesTable {
  id: string;
  person_id: string;
  grid_code: string;
  status: string;
  status_on: string;
  source: string;
  note: string | null;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CaseChangesTable {
  id: string;
  case_id: string;
  from_status: string | null;
  to_status: string;
  changed_on: string;
  source: string;
  note: string | null;
  changed_by: string;
  changed_at: Timestamp;
}

/** A file as an instruction or a feedback lists it (a copy of the row's name, type and size). */
export interface InstructionFileRef {
  id: string;
  name: string;
  contentType: string;
  bytes: number;
}

export interface InstructionFilesTable {
  id: string;
  uploaded_by: string;
  name: string;
  content_type: string;
  bytes: number;
  storage_key: string;
  sha256: string;
  instruction_id: string | null;
  feedback_id: string | null;
  created_at: Date;
}

export interface InstructionsTable {
  id: string;
  title: string;
  body: string;
  priority: string;
  kind: string;
  unit_level: number;
  regions: string[];
  feedback_required: boolean;
  feedback_fields: ColumnType<FeedbackFieldRow[], string, string>;
  due_at: Timestamp;
  send_at: Timestamp;
  announced: ColumnType<boolean, boolean | undefined, boolean>;
  sender_id: string;
  sender_region: string;
  forward_of: string | null;
  receipts: number;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
  withdraw_reason: string | null;
  last_reminded_at: Date | null;
  created_at: Generated<Date>;
  attachments: ColumnType<InstructionFileRef[], string | undefined, string>;
}

export interface FeedbackFieldRow {
  key: string;
  label: string;
  unit?: string;
}

export interface InstructionReceiptsTable {
  instruction_id: string;
  unit_code: string;
  status: Generated<string>;
  read_at: Date | null;
  read_by: string | null;
  done_at: Date | null;
  done_by: string | null;
  reminders: Generated<number>;
  last_reminded_at: Date | null;
}

export interface InstructionFeedbackTable {
  id: string;
  instruction_id: string;
  unit_code: string;
  text: string;
  values: ColumnType<Record<string, number>, string, string>;
  by_id: string;
  at: Timestamp;
  photos: ColumnType<InstructionFileRef[], string | undefined, string>;
}

export interface InstructionRemindersTable {
  instruction_id: string;
  region_code: string;
  by_id: string;
  at: Timestamp;
  receipts: number;
}

export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  kind: string;
  title: string;
  priority: string;
  instruction_id: string | null;
  event_id: ColumnType<string | null, string | null | undefined, string | null>;
  warning_id: ColumnType<string | null, string | null | undefined, string | null>;
  at: Timestamp;
  read_at: Date | null;
}

export interface OutboundDeliveriesTable {
  id: Generated<string>;
  notification_id: string;
  channel: string;
  status: ColumnType<string, string | undefined, string>;
  attempts: ColumnType<number, number | undefined, number>;
  due_at: Timestamp;
  created_at: Timestamp;
  finished_at: Date | null;
}

export interface OutboundAttemptsTable {
  delivery_id: string;
  attempt: number;
  started_at: Timestamp;
  duration_ms: number | null;
  status_code: number | null;
  outcome: string | null;
  error: string | null;
}

export interface DB {
  regions: RegionsTable;
  settings: SettingsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  audit_log: AuditLogTable;
  schema_migrations: SchemaMigrationsTable;
  households: HouseholdsTable;
  persons: PersonsTable;
  movements: MovementsTable;
  visits: VisitsTable;
  events: EventsTable;
  departments: DepartmentsTable;
  instruction_files: InstructionFilesTable;
  event_time_limits: EventTimeLimitsTable;
  event_requests: EventRequestsTable;
  event_photos: EventPhotosTable;
  event_status_changes: EventStatusChangesTable;
  duty_shifts: DutyShiftsTable;
  heartbeats: HeartbeatsTable;
  worker_days: WorkerDaysTable;
  daily_counts: DailyCountsTable;
  checkpoints: CheckpointsTable;
  retired_checkpoint_tokens: RetiredCheckpointTokensTable;
  warnings: WarningsTable;
  declarations: DeclarationsTable;
  cases: CasesTable;
  case_changes: CaseChangesTable;
  region_counts: RegionCountsTable;
  instructions: InstructionsTable;
  instruction_receipts: InstructionReceiptsTable;
  instruction_feedback: InstructionFeedbackTable;
  instruction_reminders: InstructionRemindersTable;
  notifications: NotificationsTable;
  outbound_deliveries: OutboundDeliveriesTable;
  outbound_attempts: OutboundAttemptsTable;
  /** A view: region_counts and daily_counts (as level 5) together. */
  counts_by_region: RegionCountsTable;
}
