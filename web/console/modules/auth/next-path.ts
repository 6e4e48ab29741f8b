/**
 * The page another app sent the user to sign in for (`/login?next=/screen`): only a path on
 * this site, never `//host` or `/\host`, which browsers read as another origin.
 */
export function nextPath(search: string): string | null {
  const next = new URLSearchParams(search).get('next');
  return next && /^\/(?![/\\])/.test(next) ? next : null;
}
