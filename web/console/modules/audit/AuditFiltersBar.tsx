import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionLabel, KNOWN_ACTIONS } from './audit-labels.ts';
import type { AuditFilters } from './queries.ts';

/** Both filters match exactly on the server, so the action field suggests the known names. */
export function AuditFiltersBar({ onApply }: { onApply: (filters: AuditFilters) => void }) {
  const { t } = useTranslation();
  const [action, setAction] = useState('');
  const [actor, setActor] = useState('');
  const apply = () => onApply({ action: action.trim() || undefined, actor: actor.trim() || undefined });
  return (
    <Space wrap className="filter-bar">
      <AutoComplete
        allowClear
        value={action}
        onChange={(value: string | undefined) => setAction(value ?? '')}
        options={KNOWN_ACTIONS.map((a) => ({ value: a, label: `${actionLabel(t, a)}（${a}）` }))}
        placeholder={t('audit.filterAction')}
        style={{ width: 260 }}
        data-testid="audit-action-filter"
      />
      <Input
        allowClear
        value={actor}
        onChange={(e) => setActor(e.target.value)}
        onPressEnter={apply}
        placeholder={t('audit.filterActor')}
        style={{ width: 200 }}
        data-testid="audit-actor-filter"
      />
      <Button type="primary" icon={<SearchOutlined />} onClick={apply} data-testid="audit-search">{t('common.search')}</Button>
      <Button
        icon={<ReloadOutlined />}
        onClick={() => {
          setAction('');
          setActor('');
          onApply({});
        }}
      >
        {t('common.reset')}
      </Button>
    </Space>
  );
}
