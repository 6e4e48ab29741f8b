import { PASSWORD_PROBLEM_MESSAGES, PASSWORD_WEAK, passwordProblem } from '../../../common/accounts/rules.ts';
import { passwordIsWeak } from '../../../common/accounts/password-strength.ts';
import { AppError } from '../../core/errors.ts';
import { hashPassword } from './passwords.ts';

/**
 * Every password an account gets (at creation, an administrator's reset, the owner's change)
 * passes the same rules and is hashed here: length and letters-and-digits first, then the
 * strength estimate, with the account's own names as words a guesser would try first.
 */
export async function hashNewPassword(password: string, knownWords: string[], field = 'password'): Promise<string> {
  const problem = passwordProblem(password);
  if (problem) throw new AppError('VALIDATION_FAILED', undefined, { [field]: PASSWORD_PROBLEM_MESSAGES[problem] });
  if (await passwordIsWeak(password, knownWords)) throw new AppError('VALIDATION_FAILED', undefined, { [field]: PASSWORD_WEAK });
  return hashPassword(password);
}
