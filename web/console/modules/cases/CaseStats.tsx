import { CheckCircleOutlined, CloseCircleOutlined, ExclamationCircleOutlined, MinusCircleOutlined, QuestionCircleOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Card, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CasePage } from '../../../../common/contracts/cases.ts';
import { CASE_STATUS, type CaseStatus } from '../../../../common/cases/vocabulary.ts';
import { term } from '../field/labels.ts';

interface Props {
  counts: CasePage['counts'] | undefined;
  loading: boolean;
  selected: CaseStatus | undefined;
  onSelect: (status: CaseStatus | undefined) => void;
}

const ICONS: Record<CaseStatus | 'all', ReactNode> = {
  suspected: <QuestionCircleOutlined />,
  confirmed: <ExclamationCircleOutlined />,
  cured: <CheckCircleOutlined />,
  deceased: <MinusCircleOutlined />,
  excluded: <CloseCircleOutlined />,
  all: <UnorderedListOutlined />,
};

/** One card per status, and all, under the region and dates chosen; a click narrows the list to one (or all). */
export function CaseStats({ counts, loading, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const all = counts ? CASE_STATUS.codes.reduce((sum, s) => sum + counts[s], 0) : undefined;
  const cards: (CaseStatus | undefined)[] = [...CASE_STATUS.codes, undefined];
  return (
    <div className="case-stats">
      {cards.map((status) => {
        const value = status ? counts?.[status] : all;
        return (
          <Card
            key={status ?? 'all'}
            hoverable
            className={`stat-card case-stat-${status ?? 'all'}${selected === status ? ' stat-selected' : ''}`}
            onClick={() => onSelect(status)}
            data-testid={`cases-count-${status ?? 'all'}`}
            data-value={value ?? ''}
          >
            <span className="stat-icon">{ICONS[status ?? 'all']}</span>
            <Statistic
              title={status ? term(t, 'caseStatus', status) : t('cases.all')}
              value={value ?? 0}
              loading={loading && value === undefined}
              formatter={(v) => Number(v).toLocaleString(i18n.language)}
            />
          </Card>
        );
      })}
    </div>
  );
}
