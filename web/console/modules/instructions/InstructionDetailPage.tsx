import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { InstructionDetail } from '../../../../common/contracts/instructions.ts';
import { GRID_LEVEL } from '../../../../common/regions/codes.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { QueryProblem } from '../../ui/QueryProblem.tsx';
import { useCan, useCurrentUser } from '../auth/session.ts';
import { useRememberedState } from '../lists/remembered-state.ts';
import { useList } from '../lists/use-list.ts';
import { InstructionFacts } from './InstructionFacts.tsx';
import { InstructionStatusTag, PriorityTag } from './InstructionTags.tsx';
import { ManageActions } from './ManageActions.tsx';
import { OfficeReceipt } from './OfficeReceipt.tsx';
import { ProgressPanel } from './ProgressPanel.tsx';
import { drillBack, drillInto, type Crumb } from './progress.ts';
import { useInbox, useInstruction, useProgress } from './queries.ts';
import { ReceiptsPanel } from './ReceiptsPanel.tsx';
import './instructions.css';

/** One instruction: what it says, the caller's office's receipt of it, its progress drilled region by region, the receipts there. */
export function InstructionDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const instruction = useInstruction(id);
  return (
    <>
      <div className="instruction-back">
        <Link to="/instructions" data-testid="instruction-back"><Button type="link" icon={<ArrowLeftOutlined />}>{t('instructions.detail.back')}</Button></Link>
      </div>
      {instruction.isSuccess ? <Tracking key={id} instruction={instruction.data} /> : <QueryProblem query={instruction} rows={8} />}
    </>
  );
}

function Tracking({ instruction: i }: { instruction: InstructionDetail }) {
  const me = useCurrentUser();
  const can = useCan();
  const root: Crumb = { code: me.region.code, name: me.region.name };
  const [path, setPath] = useRememberedState<Crumb[]>(`instruction-path ${i.id}`, [root]);
  const here = path.at(-1) ?? root;
  const progress = useProgress(i.id, here.code);
  const receipts = useList('GET /api/instructions/:id/receipts', { params: { id: i.id }, remember: `instruction-receipts ${i.id}` });
  const inbox = useInbox(can('instructions.office'));
  const received = inbox.data?.items.find((item) => item.id === i.id);
  const go = (next: Crumb[]) => {
    setPath(next);
    receipts.setFilters({ ...receipts.filters, region: next.at(-1)?.code });
  };
  const unitLevel = i.kind === 'staff' && i.level !== null ? i.level : GRID_LEVEL;
  return (
    <div data-testid="instruction-detail">
      <PageTitle
        title={<Space wrap><span data-testid="instruction-title">{i.title}</span><PriorityTag priority={i.priority} /><InstructionStatusTag status={i.status} /></Space>}
        extra={<ManageActions instruction={i} progress={progress.data} />}
      />
      <InstructionFacts instruction={i} />
      {received && i.status !== 'withdrawn' && <OfficeReceipt item={received} />}
      <ProgressPanel
        progress={progress}
        path={path}
        unitLevel={unitLevel}
        onDrill={(child) => go(drillInto(path, child))}
        onBack={(code) => go(drillBack(path, code))}
      />
      <ReceiptsPanel instruction={i} list={receipts} regionName={here.name} />
    </div>
  );
}
