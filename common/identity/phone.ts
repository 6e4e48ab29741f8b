/**
 * Mainland China mobile numbers: exactly 11 digits starting 13–19, or the same with the
 * country prefix `+86` written right before them (normalised away). Nothing else is taken or
 * stripped: a space, dash or line break makes the number invalid, so what is stored is what
 * was checked.
 */
export type PhoneProblem = 'EMPTY' | 'FORMAT';

export type PhoneCheck = { ok: true; normalized: string } | { ok: false; problem: PhoneProblem };

export function checkMobilePhone(input: string): PhoneCheck {
  if (input.length === 0) return { ok: false, problem: 'EMPTY' };
  const national = input.startsWith('+86') ? input.slice(3) : input;
  if (!/^1[3-9][0-9]{9}$/.test(national)) return { ok: false, problem: 'FORMAT' };
  return { ok: true, normalized: national };
}

export const PHONE_PROBLEM_MESSAGES: Record<PhoneProblem, { zh: string; en: string }> = {
  EMPTY: { zh: '请填写手机号', en: 'Mobile number is required' },
  FORMAT: { zh: '请输入11位大陆手机号（仅数字，可加+86，不含空格或横线）', en: 'Enter an 11-digit mainland mobile number (digits only, +86 allowed)' },
};
