import { Alert, Card, Skeleton, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/errors.ts';

export interface PanelProps {
  /**
   * The panel's header actions beside its own controls: the place for its Excel export
   * (dashboard-export), given by the page.
   */
  extra?: ReactNode;
}

interface Props extends PanelProps {
  name: string;
  title: ReactNode;
  /** The panel's own pickers (origin, category), in the header before `extra`. */
  controls?: ReactNode;
  /** Its main query: figures show once it has data; a failed refetch keeps the last ones. */
  query: { data: unknown; error: unknown; isPlaceholderData: boolean };
  className?: string;
  children: ReactNode;
}

/**
 * One panel of the overview: a card with its title and actions. Until its data arrives it shows
 * a skeleton rather than zeros; while a drill-down loads, the previous figures fade.
 */
export function Panel({ name, title, controls, extra, query, className = '', children }: Props) {
  const { t } = useTranslation();
  const ready = query.data !== undefined;
  const actions = (controls || extra) && <Space size={8} wrap>{controls}{extra}</Space>;
  return (
    <Card
      title={title}
      extra={actions}
      className={`overview-panel fill-card ${query.isPlaceholderData ? 'is-stale' : ''} ${className}`}
      data-testid={`overview-panel-${name}`}
      data-ready={ready && !query.isPlaceholderData}
    >
      {query.error !== null && <Alert className="filter-feedback" type="error" showIcon title={errorText(t, query.error)} />}
      {ready ? children : query.error === null && <Skeleton active paragraph={{ rows: 6 }} />}
    </Card>
  );
}
