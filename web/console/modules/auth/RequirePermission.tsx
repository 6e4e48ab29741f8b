import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import type { Permission } from '../../../../common/permissions.ts';
import { useCan } from './session.ts';

/** A page the navigation hides from users without the permission, for when they type its address. */
export function RequirePermission({ permission }: { permission: Permission }) {
  const { t } = useTranslation();
  const can = useCan();
  if (!can(permission)) return <Result status="403" title="403" subTitle={t('error.FORBIDDEN')} />;
  return <Outlet />;
}
