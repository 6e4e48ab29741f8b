export const SESSION_COOKIE = 'epigrid_session';
