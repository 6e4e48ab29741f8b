/** Mainland China mobile numbers: 11 digits starting 13–19, optionally written with +86 / 86 and spaces or dashes. */
export type PhoneProblem = 'EMPTY' | 'FORMAT';

export type PhoneCheck = { ok: true; normalized: string } | { ok: false; problem: PhoneProblem };

export function checkMobilePhone(input: string): PhoneCheck {
  const compact = input.replace(/[\s-]/g, '');
  if (compact.length === 0) return { ok: false, problem: 'EMPTY' };
  const national = compact.replace(/^(\+86|0086|86)(?=1\d{10}$)/, '');
  if (!/^1[3-9]\d{9}$/.test(national)) return { ok: false, problem: 'FORMAT' };
  return { ok: true, normalized: national };
}

export function isValidMobilePhone(input: string): boolean {
  return checkMobilePhone(input).ok;
}

export const PHONE_PROBLEM_MESSAGES: Record<PhoneProblem, { zh: string; en: string }> = {
  EMPTY: { zh: '请填写手机号', en: 'Mobile number is required' },
  FORMAT: { zh: '请输入11位大陆手机号', en: 'Enter an 11-digit mainland mobile number' },
};
