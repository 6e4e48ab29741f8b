import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../../common/contracts/cases.ts';
import { CASE_TRANSITIONS, type CaseStatus } from '../../../../common/cases/vocabulary.ts';
import { term } from '../field/labels.ts';
import { CaseChangeModal } from './CaseChangeModal.tsx';

/**
 * The moves CASE_TRANSITIONS allows from the case's status, nothing else: as buttons on the
 * detail, as a menu in the list. Final statuses offer none.
 */
export function CaseChangeActions({ item, compact = false }: { item: CaseView; compact?: boolean }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<CaseStatus | null>(null);
  const moves = CASE_TRANSITIONS[item.status];
  if (moves.length === 0) return compact ? <span className="text-muted">{t('common.none')}</span> : null;
  // Clicks in the menu and the dialog bubble through React's tree: keep them from the table row.
  return (
    <span onClick={(e) => e.stopPropagation()}>
      {compact
        ? (
          <Dropdown
            trigger={['click']}
            menu={{ items: moves.map((to) => ({ key: to, label: t('cases.changeTo', { status: term(t, 'caseStatus', to) }) })), onClick: ({ key }) => setTarget(key as CaseStatus) }}
          >
            <Button size="small" data-testid="case-change-menu">{t('cases.change')} <DownOutlined /></Button>
          </Dropdown>
        )
        : (
          <Space wrap data-testid="case-actions">
            {moves.map((to) => (
              <Button key={to} type={to === 'excluded' ? 'default' : 'primary'} danger={to === 'deceased'} onClick={() => setTarget(to)} data-testid={`case-change-${to}`}>
                {t('cases.changeTo', { status: term(t, 'caseStatus', to) })}
              </Button>
            ))}
          </Space>
        )}
      {target && <CaseChangeModal item={item} to={target} onClose={() => setTarget(null)} />}
    </span>
  );
}
