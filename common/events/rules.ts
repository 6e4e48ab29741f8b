import type { TimeLimitRule } from './time-limits.ts';
import { AREA_KIND } from './vocabulary.ts';
import { EVENT_STEPS } from './workflow.ts';

/**
 * The checks the server and the console share for dispatch input. Field names are the API's;
 * codes are stable and translated by the apps (DISPATCH_PROBLEMS).
 */
export const DISPATCH_PROBLEMS = {
  ONE_ASSIGNEE: { zh: '请选择一个部门或一名人员（只能选一个）', en: 'choose one department or one person' },
  NOTE_REQUIRED: { zh: '未通过核查时请说明原因', en: 'say why the verification failed' },
  MINUTES_REQUIRED: { zh: '申请延期请填写延长的分钟数', en: 'an extension needs the minutes asked for' },
  MINUTES_NOT_ALLOWED: { zh: '只有延期申请需要填写时长', en: 'only an extension takes minutes' },
  NO_DEFAULT_RULE: { zh: '每个环节在城区和农村都需要一条适用于所有事件的时限', en: 'every step needs, in town and country, a rule that matches every event' },
  DUPLICATE_RULE: { zh: '与另一条时限的适用条件相同', en: 'another rule has the same conditions' },
  NOT_SERVING: { zh: '该部门或人员不负责事件所在网格', en: 'does not serve the event\'s grid' },
  INACTIVE: { zh: '该部门已停用', en: 'the department is inactive' },
  NOT_HANDLER: { zh: '该人员无法处置事件（账号停用或不在辖区内）', en: 'this account cannot handle the event' },
  LEVEL_TOO_LOW: { zh: '部门只能设在社区及以上区划', en: 'departments sit at community level or above' },
  DEPARTMENT_REGION_MISMATCH: { zh: '只能绑定账号所在区划的部门', en: 'bind the account to a department of its own region' },
  SUSPENDED: { zh: '事件缓办中，请待恢复后再操作', en: 'the event is suspended until it is resumed' },
} as const;
export type DispatchProblem = keyof typeof DISPATCH_PROBLEMS;

export function checkDispatchTarget(body: { departmentId?: string; userId?: string }): Record<string, DispatchProblem> {
  return (body.departmentId === undefined) === (body.userId === undefined) ? { departmentId: 'ONE_ASSIGNEE' } : {};
}

export function checkVerification(body: { passed: boolean; note?: string }): Record<string, DispatchProblem> {
  return !body.passed && !body.note?.trim() ? { note: 'NOTE_REQUIRED' } : {};
}

export function checkRequest(body: { kind: string; minutes?: number }): Record<string, DispatchProblem> {
  if (body.kind === 'extend' && body.minutes === undefined) return { minutes: 'MINUTES_REQUIRED' };
  if (body.kind !== 'extend' && body.minutes !== undefined) return { minutes: 'MINUTES_NOT_ALLOWED' };
  return {};
}

/**
 * A set of rules: no two with the same conditions, and every step covered in every area by a
 * rule for any category and priority, so that no event runs without a deadline.
 */
export function checkTimeLimits(rules: readonly TimeLimitRule[]): Record<string, DispatchProblem> {
  const errors: Record<string, DispatchProblem> = {};
  const seen = new Set<string>();
  rules.forEach((r, i) => {
    const key = [r.step, r.category, r.priority, r.area].join('|');
    if (seen.has(key)) errors[`rules.${i}`] = 'DUPLICATE_RULE';
    seen.add(key);
  });
  for (const step of EVENT_STEPS) {
    const covered = AREA_KIND.codes.every((area) => rules.some((r) => r.step === step && r.category === null && r.priority === null && (r.area === null || r.area === area)));
    if (!covered) errors[`rules.${step}`] = 'NO_DEFAULT_RULE';
  }
  return errors;
}
