import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../../common/cases/vocabulary.ts';
import { term } from '../field/labels.ts';

/** The register's colours: suspected amber, confirmed red, cured green, deceased dark, excluded grey. */
export const CASE_STATUS_COLORS: Record<CaseStatus, string> = {
  suspected: 'orange',
  confirmed: 'red',
  cured: 'green',
  deceased: '#434343',
  excluded: 'default',
};

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return <Tag color={CASE_STATUS_COLORS[status]} data-testid="case-status">{term(t, 'caseStatus', status)}</Tag>;
}
