import { NavBar } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { StatusChips } from '../modules/layout/StatusChips.tsx';

/** A full page: a back arrow and title on top, the content, and the main action at the bottom. */
export function PageShell({ title, back = '/', children, footer, testId }: {
  title: ReactNode;
  /** Where the back arrow goes when the page was opened directly. */
  back?: string;
  children: ReactNode;
  footer?: ReactNode;
  testId?: string;
}) {
  const navigate = useNavigate();
  const location = useLocation();
  const goBack = () => (location.key !== 'default' ? navigate(-1) : navigate(back, { replace: true }));
  return (
    <div className="page" data-testid={testId}>
      <NavBar className="page-nav" onBack={() => void goBack()} right={<StatusChips compact />}>{title}</NavBar>
      <div className="page-body">{children}</div>
      {footer && <div className="page-footer">{footer}</div>}
    </div>
  );
}
