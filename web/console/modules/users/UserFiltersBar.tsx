import { ReloadOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../../common/permissions.ts';
import type { UserFilters } from './queries.ts';
import { USER_STATUSES } from './user-status.ts';

interface Props {
  value: UserFilters;
  onChange: (filters: UserFilters) => void;
}

export function UserFiltersBar({ value, onChange }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value.q ?? '');
  return (
    <Space wrap className="filter-bar">
      <Input.Search
        allowClear
        placeholder={t('users.searchPlaceholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={(q) => onChange({ ...value, q: q.trim() || undefined })}
        style={{ width: 260 }}
        data-testid="users-search"
      />
      <Select
        allowClear
        placeholder={t('users.role')}
        value={value.role}
        onChange={(role) => onChange({ ...value, role })}
        options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
        style={{ width: 160 }}
        data-testid="users-role-filter"
      />
      <Select
        allowClear
        placeholder={t('users.status')}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
        options={USER_STATUSES.map((status) => ({ value: status, label: t(`users.status_${status}`) }))}
        style={{ width: 140 }}
        data-testid="users-status-filter"
      />
      <Button
        icon={<ReloadOutlined />}
        onClick={() => {
          setText('');
          onChange({});
        }}
      >
        {t('common.reset')}
      </Button>
    </Space>
  );
}
