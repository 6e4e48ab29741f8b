import { Type } from 'typebox';
import { ChangeOwnPassword, LoginRequest, Me } from '../contracts/auth.ts';
import { ErrorResponse } from '../contracts/shared.ts';
import { endpoints } from './kit.ts';

export const authEndpoints = endpoints({
  'POST /api/auth/login': {
    operationId: 'login', tag: 'auth', auth: 'public',
    summary: 'Sign in; sets the HttpOnly session cookie',
    body: LoginRequest,
    response: { 200: Me, 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 423: ErrorResponse, 429: ErrorResponse },
  },
  'POST /api/auth/logout': {
    operationId: 'logout', tag: 'auth', auth: 'public',
    summary: 'End the session',
    response: { 204: Type.Null() },
  },
  'POST /api/me/password': {
    operationId: 'changeOwnPassword', tag: 'auth',
    summary: 'Change your own password (the current one is required); ends your other sessions and renews this one',
    description: 'Field errors: `currentPassword: WRONG_PASSWORD`, `newPassword: SAME_AS_CURRENT`, `newPassword: PASSWORD_WEAK` (too easy to guess) or a length / letters-and-digits rule.',
    body: ChangeOwnPassword, response: { 204: Type.Null() },
  },
  'GET /api/me': {
    operationId: 'getMe', tag: 'auth',
    summary: 'The signed-in account, its region and permissions',
    response: { 200: Me },
  },
});
