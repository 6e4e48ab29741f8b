import { sql } from 'kysely';
import { GRID_LEVEL } from '../../common/regions/codes.ts';
import type { Queryable } from '../../server/db/database.ts';
import { inAnyOf, recipientRoles } from '../../server/modules/instructions/store.ts';
import type { Random } from '../geography/prng.ts';
import { uuidAt } from './random.ts';

/**
 * A few instructions of the last days, as the city and Dongchangfu district sent them, with
 * the read and feedback curves of a real roll-out: most grids open an urgent instruction
 * within the hour, feedback trails, a few never answer before the deadline.
 */
interface PlannedInstruction {
  sender: string;
  title: string;
  body: string;
  priority: 'normal' | 'urgent';
  kind: 'grid_workers' | 'staff';
  level: number;
  regions: string[];
  households: boolean;
  /** Hours before now it was sent (negative: scheduled ahead). */
  sentHoursAgo: number;
  dueHours: number;
  /** Shares of receipts read and answered in the end, and the mean minutes to each. */
  read: number;
  done: number;
  readMinutes: number;
  doneMinutes: number;
  forwardOf?: number;
}

const PLAN: PlannedInstruction[] = [
  {
    sender: 'commander', title: '关于开展武汉来返人员全面排查的紧急通知', priority: 'urgent', kind: 'grid_workers', level: GRID_LEVEL, regions: ['3715'], households: true,
    body: '各网格员：请于明日12时前完成本网格内武汉及湖北来返人员的入户排查，逐户登记来返时间、健康状况，发现发热人员立即上报，并反馈排查户数。',
    sentHoursAgo: 6 * 24 + 2, dueHours: 28, read: 0.99, done: 0.94, readMinutes: 35, doneMinutes: 600,
  },
  {
    sender: 'commander', title: '关于加强小区卡点值守的通知', priority: 'normal', kind: 'grid_workers', level: GRID_LEVEL, regions: ['3715'], households: false,
    body: '各小区出入口卡点实行24小时值守，严格落实测温、扫码、登记，外来人员车辆一律劝返。请各网格员反馈本网格卡点值守落实情况。',
    sentHoursAgo: 2 * 24 + 1, dueHours: 72, read: 0.9, done: 0.62, readMinutes: 120, doneMinutes: 900,
  },
  {
    sender: 'commander', title: '关于做好发热人员核实工作的通知', priority: 'urgent', kind: 'grid_workers', level: GRID_LEVEL, regions: ['3715'], households: true,
    body: '近期卡点申报发热人员增多，请各网格员对系统推送的预警逐一上门核实，做好记录，今日18时前反馈核实户数。',
    sentHoursAgo: 3, dueHours: 9, read: 0.6, done: 0.22, readMinutes: 50, doneMinutes: 140,
  },
  {
    sender: 'district_staff', title: '东昌府区关于开展公共区域消杀的通知', priority: 'normal', kind: 'grid_workers', level: GRID_LEVEL, regions: ['371502'], households: false,
    body: '请各网格组织对楼道、电梯、垃圾投放点等公共区域每日消杀两次，并反馈消杀情况。',
    sentHoursAgo: 26, dueHours: 48, read: 0.92, done: 0.71, readMinutes: 90, doneMinutes: 400,
  },
  {
    sender: 'district_staff', title: '关于统计各街道居家隔离人员情况的通知', priority: 'urgent', kind: 'staff', level: 3, regions: ['371502'], households: false,
    body: '请各街道办事处于今日17时前汇总辖区居家隔离人员名单及落实情况，并向各社区网格转发落实。',
    sentHoursAgo: 30, dueHours: 10, read: 0.95, done: 0.8, readMinutes: 40, doneMinutes: 200,
  },
  {
    sender: 'street_staff', title: '转发：关于统计各街道居家隔离人员情况的通知', priority: 'urgent', kind: 'grid_workers', level: GRID_LEVEL, regions: ['371502001'], households: true,
    body: '古楼街道补充：请各网格员逐户核实居家隔离人员，今日15时前反馈核实户数。',
    sentHoursAgo: 29, dueHours: 6, read: 1, done: 0.85, readMinutes: 20, doneMinutes: 150, forwardOf: 4,
  },
  {
    sender: 'commander', title: '关于明日开展全市统一晨检的通知', priority: 'normal', kind: 'grid_workers', level: GRID_LEVEL, regions: ['3715'], households: true,
    body: '明日7时起各网格组织居民晨检测温，9时前反馈晨检户数。',
    sentHoursAgo: -10, dueHours: 4, read: 0, done: 0, readMinutes: 1, doneMinutes: 1,
  },
];

const FEEDBACK_TEXTS = ['已按要求落实完毕。', '已完成，未发现异常情况。', '已落实，发现1人体温偏高，已上报。', '已完成入户，个别住户不在家，明日回访。'];

/** Receipt `h`: a stable hash of the unit and the instruction, so the same seed gives the same history. */
async function writeInstruction(tx: Queryable, p: PlannedInstruction, id: string, forwardOf: string | null, now: Date): Promise<number> {
  const sendAt = new Date(now.getTime() - p.sentHoursAgo * 3_600_000);
  const dueAt = new Date(sendAt.getTime() + p.dueHours * 3_600_000);
  const fields = p.households ? [{ key: 'households', label: '户数', unit: '户' }] : [];
  await sql`INSERT INTO instructions (id, title, body, priority, kind, unit_level, regions, feedback_required, feedback_fields, due_at, send_at, announced, sender_id, sender_region, forward_of, receipts, created_at)
    SELECT ${id}::uuid, ${p.title}, ${p.body}, ${p.priority}, ${p.kind}, ${p.level}::smallint, ${p.regions}::text[], true, ${JSON.stringify(fields)}::jsonb, ${dueAt}::timestamptz, ${sendAt}::timestamptz, true, u.id, u.region_code, ${forwardOf}::uuid, 0, least(${sendAt}::timestamptz, ${now}::timestamptz)
    FROM users u WHERE u.username = ${p.sender}`.execute(tx);
  const inserted = await sql`INSERT INTO instruction_receipts (instruction_id, unit_code)
    SELECT ${id}::uuid, code FROM regions WHERE level = ${p.level} AND ${inAnyOf('code', p.regions)}`.execute(tx);
  const roles = recipientRoles(p.kind);
  // Exponential delays from a uniform draw out of the hash; a moment still ahead has not happened.
  await sql`WITH drawn AS (
      SELECT unit_code, abs(hashtext(unit_code || ${id})) AS h FROM instruction_receipts WHERE instruction_id = ${id}),
    timed AS (
      SELECT unit_code, h, ${sendAt}::timestamptz + (-ln(((h / 1000) % 1000 + 1) / 1001.0) * ${p.readMinutes}) * interval '1 minute' AS read_at,
        (-ln(((h / 7) % 1000 + 1) / 1001.0) * ${p.doneMinutes}) * interval '1 minute' AS answer_after
      FROM drawn WHERE h % 1000 < ${Math.round(p.read * 1000)}
        AND EXISTS (SELECT 1 FROM users u WHERE u.region_code = drawn.unit_code AND u.role IN (${sql.join(roles)})))
    UPDATE instruction_receipts r SET status = CASE WHEN t.h % 1000 < ${Math.round(p.done * 1000)} AND t.read_at + t.answer_after <= ${now}::timestamptz THEN 'done' ELSE 'read' END,
      read_at = t.read_at, read_by = (SELECT id FROM users u WHERE u.region_code = r.unit_code AND u.role IN (${sql.join(roles)}) ORDER BY u.created_at LIMIT 1),
      done_at = CASE WHEN t.h % 1000 < ${Math.round(p.done * 1000)} AND t.read_at + t.answer_after <= ${now}::timestamptz THEN t.read_at + t.answer_after END
    FROM timed t WHERE r.instruction_id = ${id} AND r.unit_code = t.unit_code AND t.read_at <= ${now}::timestamptz`.execute(tx);
  await sql`UPDATE instruction_receipts SET done_by = read_by WHERE instruction_id = ${id} AND status = 'done'`.execute(tx);
  await sql`INSERT INTO instruction_feedback (id, instruction_id, unit_code, text, "values", by_id, at)
    SELECT md5(r.instruction_id::text || r.unit_code)::uuid, r.instruction_id, r.unit_code,
      (${FEEDBACK_TEXTS}::text[])[1 + abs(hashtext(r.unit_code)) % ${FEEDBACK_TEXTS.length}],
      CASE WHEN ${p.households}::boolean THEN jsonb_build_object('households', 40 + abs(hashtext(r.unit_code || 'h')) % 160) ELSE '{}'::jsonb END,
      r.done_by, r.done_at
    FROM instruction_receipts r WHERE r.instruction_id = ${id} AND r.status = 'done' AND r.done_by IS NOT NULL`.execute(tx);
  await sql`INSERT INTO notifications (user_id, kind, title, priority, instruction_id, at, read_at)
    SELECT u.id, 'instruction', ${p.title}, ${p.priority}, ${id}::uuid, ${sendAt}::timestamptz, r.read_at
    FROM instruction_receipts r JOIN users u ON u.region_code = r.unit_code AND u.role IN (${sql.join(roles)}) AND NOT u.disabled
    WHERE r.instruction_id = ${id}`.execute(tx);
  const receipts = Number(inserted.numAffectedRows ?? 0);
  await sql`UPDATE instructions SET receipts = ${receipts} WHERE id = ${id}`.execute(tx);
  return receipts;
}

/** Writes the planned instructions; answers how many receipts they made. */
export async function writeInstructionHistory(tx: Queryable, now: Date, random: Random): Promise<{ instructions: number; receipts: number }> {
  const ids = PLAN.map((p) => uuidAt(now.getTime() - p.sentHoursAgo * 3_600_000, random));
  let receipts = 0;
  for (const [n, p] of PLAN.entries()) {
    receipts += await writeInstruction(tx, p, ids[n]!, p.forwardOf === undefined ? null : ids[p.forwardOf]!, now);
  }
  return { instructions: PLAN.length, receipts };
}
