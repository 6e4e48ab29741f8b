import type { Me } from '../../common/contracts/auth.ts';
import { api, isApiError } from './api.ts';

/** The signed-in user, or null without a session (a 401 is an answer here, not a failure). */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await api('GET /api/me');
  } catch (error) {
    if (isApiError(error, 'UNAUTHENTICATED')) return null;
    throw error;
  }
}
