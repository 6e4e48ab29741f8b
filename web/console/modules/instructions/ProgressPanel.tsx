import { EnvironmentOutlined } from '@ant-design/icons';
import { Breadcrumb, Card, Col, Row, Statistic, Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstructionProgress } from '../../../../common/contracts/instructions.ts';
import { QueryProblem } from '../../ui/QueryProblem.tsx';
import { openableRow } from '../lists/table-rows.ts';
import { ProgressBars } from './ProgressBars.tsx';
import { percent, type Crumb } from './progress.ts';
import type { useProgress } from './queries.ts';

type Child = InstructionProgress['children'][number];

interface Props {
  progress: ReturnType<typeof useProgress>;
  path: readonly Crumb[];
  /** Children at this level or above hold units below them and can be drilled into. */
  unitLevel: number;
  onDrill: (child: Crumb) => void;
  onBack: (code: string) => void;
  extra?: ReactNode;
}

/** 签收与反馈进度 of the region drilled to: its totals, then a row per child region to drill into. */
export function ProgressPanel({ progress, path, unitLevel, onDrill, onBack, extra }: Props) {
  const { t } = useTranslation();
  const crumbs = path.map((c, n) => ({
    key: c.code,
    title: n < path.length - 1
      ? <a onClick={() => onBack(c.code)} data-testid={`progress-crumb-${c.code}`}>{n === 0 && <EnvironmentOutlined />} {c.name}</a>
      : <span className="crumb-current" data-testid={`progress-crumb-${c.code}`}>{n === 0 && <EnvironmentOutlined />} {c.name}</span>,
  }));
  const p = progress.data;
  const rate = (part: (c: Child) => number) => (c: Child) => `${percent(part(c), c.total)}%`;
  const count = (key: keyof Child & string, title: string) => ({ title, dataIndex: key, width: 90, align: 'right' as const, render: (n: number) => n.toLocaleString() });
  const columns: TableColumnsType<Child> = [
    { title: t('instructions.progress.region'), dataIndex: 'name', ellipsis: true },
    count('total', t('instructions.progress.total')),
    count('read', t('instructions.progress.read')),
    count('done', t('instructions.progress.done')),
    { ...count('overdue', t('instructions.progress.overdue')), render: (n: number) => (n > 0 ? <span className="text-overdue">{n.toLocaleString()}</span> : '0') },
    { title: t('instructions.progress.readRate'), key: 'readRate', width: 90, align: 'right', render: (_, c) => rate((x) => x.read)(c) },
    { title: t('instructions.progress.doneRate'), key: 'doneRate', width: 90, align: 'right', render: (_, c) => rate((x) => x.done)(c) },
  ];
  const drillable = (c: Child) => c.level < unitLevel;
  return (
    <Card title={t('instructions.progress.title')} extra={extra} className="instruction-card" data-testid="progress-panel">
      <Breadcrumb className="progress-breadcrumb" items={crumbs} data-testid="progress-breadcrumb" />
      {!p ? <QueryProblem query={progress} rows={4} /> : (
        <>
          <Row gutter={16} className="progress-totals" data-testid="progress-totals">
            <Col span={4}><Statistic title={t('instructions.progress.total')} value={p.total} data-testid="progress-total" /></Col>
            <Col span={4}><Statistic title={t('instructions.progress.read')} value={p.read} data-testid="progress-read" /></Col>
            <Col span={4}><Statistic title={t('instructions.progress.done')} value={p.done} data-testid="progress-done" /></Col>
            <Col span={4}><Statistic title={t('instructions.progress.overdue')} value={p.overdue} styles={{ content: p.overdue > 0 ? { color: '#cf1322' } : {} }} data-testid="progress-overdue" /></Col>
            <Col span={8}><ProgressBars progress={p} testId="progress-bars" /></Col>
          </Row>
          {p.children.length > 0 && (
            <>
              <div className="text-muted progress-hint">{t('instructions.progress.drillHint')}</div>
              <Table<Child>
                rowKey="code"
                size="small"
                bordered
                columns={columns}
                dataSource={p.children}
                pagination={p.children.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
                rowClassName={(c) => (drillable(c) ? 'clickable-row' : '')}
                onRow={(c) => (drillable(c) ? openableRow('progress-child-row', () => onDrill({ code: c.code, name: c.name })) : { 'data-testid': 'progress-child-row' } as HTMLAttributes<HTMLElement>)}
                data-testid="progress-children"
              />
            </>
          )}
        </>
      )}
    </Card>
  );
}
