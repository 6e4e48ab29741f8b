import { useLocation, useNavigate } from 'react-router';

/**
 * After a form is saved: back to the page that opened it (so the back arrow does not lead to
 * the same page again), or to `fallback` when the form was opened directly (a reload, a link).
 */
export function useReturn(fallback: string): () => void {
  const navigate = useNavigate();
  const location = useLocation();
  return () => void (location.key !== 'default' ? navigate(-1) : navigate(fallback, { replace: true }));
}
