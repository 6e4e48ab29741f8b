import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../server/test/harness.ts';
import { openBrowserSession, type BrowserSession } from './browser.ts';

/**
 * Passwords and locks in the console: a guessable password is refused with the reason before
 * anything is sent, an address locked out of an account is unlocked from the users page, and
 * a user changes their own password from the header.
 */
let s: BrowserSession;
beforeAll(async () => {
  s = await openBrowserSession();
});
afterAll(() => s?.close());

const WEAK_TEXT = '密码太容易被猜到';

describe('passwords in the console', () => {
  it('a new account with a guessable password gets the reason under the field, and nothing is created', async () => {
    await s.login('admin');
    await s.page.goto(`${s.baseUrl}/users`);
    await s.page.getByTestId('user-create').click();
    await s.page.getByTestId('user-form-username').fill('weak_pw_user');
    await s.page.getByTestId('user-form-display-name').fill('弱密码测试');
    await s.page.getByTestId('user-form-password').fill('password1');
    await s.page.getByTestId('user-form-submit').click();
    await expect.poll(() => s.page.getByText(WEAK_TEXT).count()).toBeGreaterThan(0);
    await s.screenshot('passwords-01-weak-refused');
    const created = await s.ctx.database.db.selectFrom('users').select('id').where('username', '=', 'weak_pw_user').execute();
    expect(created).toEqual([]);
  });

  it('an account locked from one address is unlocked from the users page', async () => {
    for (let i = 0; i < 5; i++) {
      await s.ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'district_staff', password: `wrong-${i}-Password` }, remoteAddress: '127.0.0.8' });
    }
    await s.page.goto(`${s.baseUrl}/users`);
    const unlock = s.page.getByTestId('user-unlock-district_staff');
    await expect.poll(() => unlock.count()).toBe(1);
    await s.screenshot('passwords-02-locked-user');
    await unlock.click();
    await expect.poll(() => unlock.count()).toBe(0);
    const again = await s.ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'district_staff', password: TEST_PASSWORD }, remoteAddress: '127.0.0.8' });
    expect(again.statusCode).toBe(200);
  });

  it('changes the signed-in user\'s own password from the header', async () => {
    await s.page.getByTestId('change-password').click();
    await s.page.getByTestId('change-password-current').fill(TEST_PASSWORD);
    await s.page.getByTestId('change-password-new').fill('aaaaaaa1');
    await s.page.getByTestId('change-password-confirm').fill('aaaaaaa1');
    await s.page.getByTestId('change-password-submit').click();
    await expect.poll(() => s.page.getByText(WEAK_TEXT).count()).toBeGreaterThan(0);
    await s.screenshot('passwords-03-own-weak');
    await s.page.getByTestId('change-password-new').fill('Lantern-orchard-58');
    await s.page.getByTestId('change-password-confirm').fill('Lantern-orchard-58');
    await s.page.getByTestId('change-password-submit').click();
    await expect.poll(() => s.page.getByText('密码已修改').count()).toBeGreaterThan(0);
    const signIn = await s.ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'Lantern-orchard-58' } });
    expect(signIn.statusCode).toBe(200);
  });
});
