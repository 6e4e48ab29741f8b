import { SendOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { INSTRUCTION_PRIORITY, INSTRUCTION_STATUS } from '../../../../common/instructions/vocabulary.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useCan, useCurrentUser } from '../auth/session.ts';
import { FilterBar } from '../lists/FilterBar.tsx';
import { ListError } from '../lists/ListError.tsx';
import { useRememberedState } from '../lists/remembered-state.ts';
import { useList } from '../lists/use-list.ts';
import { ComposeDrawer } from './ComposeDrawer.tsx';
import { InboxTable } from './InboxTable.tsx';
import { InstructionTable } from './InstructionTable.tsx';
import { useInbox } from './queries.ts';
import './instructions.css';

type Tab = 'tracked' | 'received';

/**
 * 指令通知: the instructions sent from or reaching the user's region with their progress, and
 * for office accounts what their office received; senders compose new ones here.
 */
export function InstructionsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const can = useCan();
  const navigate = useNavigate();
  const [tab, setTab] = useRememberedState<Tab>('instructions-tab', 'tracked');
  const [composing, setComposing] = useState(false);
  const list = useList('GET /api/instructions');
  const receives = can('instructions.office');
  const inbox = useInbox(receives);
  const open = (id: string) => void navigate(`/instructions/${id}`);

  const tracked = (
    <>
      <FilterBar list={list} testId="instructions" fields={[
        { kind: 'region', testId: 'instructions-region-filter' },
        { kind: 'select', key: 'status', placeholder: t('instructions.status'), options: INSTRUCTION_STATUS.codes.map((s) => ({ value: s, label: t(`instructionStatus.${s}`) })), width: 130, testId: 'instructions-status-filter' },
        { kind: 'select', key: 'priority', placeholder: t('instructions.priority'), options: INSTRUCTION_PRIORITY.codes.map((p) => ({ value: p, label: t(`instructionPriority.${p}`) })), width: 120, testId: 'instructions-priority-filter' },
        { kind: 'text', key: 'q', placeholder: t('instructions.searchTitle'), maxLength: 50, width: 200, testId: 'instructions-q-filter' },
      ]} />
      <InstructionTable list={list} onOpen={(i) => open(i.id)} />
    </>
  );
  const items = [
    { key: 'tracked', label: t('instructions.tabs.tracked'), children: tracked },
    ...(receives
      ? [{
        key: 'received',
        label: <span data-testid="instructions-tab-received">{t('instructions.tabs.received')} <Badge count={inbox.data?.unread ?? 0} size="small" /></span>,
        children: (
          <>
            <ListError error={inbox.error} />
            <InboxTable items={inbox.data?.items ?? []} loading={inbox.isPending} onOpen={(i) => open(i.id)} />
          </>
        ),
      }]
      : []),
  ];
  return (
    <>
      <PageTitle
        title={t('instructions.title')}
        hint={t('instructions.hint', { region: me.region.name })}
        extra={can('instructions.send') && <Button type="primary" icon={<SendOutlined />} onClick={() => setComposing(true)} data-testid="instruction-compose">{t('instructions.send')}</Button>}
      />
      <Card data-testid="instructions-page">
        {items.length > 1 ? <Tabs activeKey={tab} onChange={(key) => setTab(key as Tab)} items={items} /> : tracked}
      </Card>
      {composing && <ComposeDrawer onClose={() => setComposing(false)} />}
    </>
  );
}
