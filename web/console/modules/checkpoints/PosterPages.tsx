import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Result, Space, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { CheckpointView } from '../../../../common/contracts/declarations.ts';
import { levelOfCode } from '../../../../common/regions/codes.ts';
import { errorText } from '../../../lib/errors.ts';
import { useCurrentUser } from '../auth/session.ts';
import { Poster } from './Poster.tsx';
import { useCheckpoint, useCommunityCheckpoints } from './queries.ts';
import './poster.css';

const COMMUNITY_LEVEL = 4;

/** The screen-only bar above the pages: back, what is about to print, and the print button. */
function PosterToolbar({ title, hint, children }: { title: ReactNode; hint?: ReactNode; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="poster-toolbar" data-testid="poster-toolbar">
      <div className="poster-toolbar-row">
        <Space>
          <Link to="/checkpoints"><Button icon={<ArrowLeftOutlined />}>{t('poster.back')}</Button></Link>
          <span className="poster-toolbar-title">{title}</span>
        </Space>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="poster-print">{t('poster.print')}</Button>
      </div>
      <div className="text-muted poster-toolbar-hint">{hint ?? t('poster.printHint')}</div>
      {children}
    </div>
  );
}

function useCity(): string {
  const me = useCurrentUser();
  return me.regionChain[0]?.name ?? me.region.name;
}

/** `/checkpoints/:id/poster`: one checkpoint's poster. */
export function CheckpointPosterPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const city = useCity();
  const checkpoint = useCheckpoint(id);
  const c = checkpoint.data;

  if (checkpoint.isPending) return <div className="poster-loading"><Spin /></div>;
  if (checkpoint.isError) return <Result status="warning" title={errorText(t, checkpoint.error)} extra={<Link to="/checkpoints">{t('poster.back')}</Link>} />;
  if (!c) return <Result status="404" title={t('error.CHECKPOINT_NOT_FOUND')} extra={<Link to="/checkpoints">{t('poster.back')}</Link>} />;
  return (
    <div className="poster-screen">
      <PosterToolbar title={t('poster.oneTitle', { name: c.name })}>
        {!c.active && <Alert type="warning" showIcon title={t('poster.inactive')} className="poster-toolbar-alert" />}
      </PosterToolbar>
      <div className="poster-sheet">
        <Poster checkpoint={c} city={city} />
      </div>
    </div>
  );
}

/** `/checkpoints/poster?community=CODE`: every open checkpoint of one community, one A4 page each. */
export function CommunityPosterPage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const city = useCity();
  const code = search.get('community') ?? '';
  const valid = levelOfCode(code) === COMMUNITY_LEVEL;
  const list = useCommunityCheckpoints(valid ? code : null);

  if (!valid) return <Result status="warning" title={t('poster.noCommunity')} extra={<Link to="/checkpoints">{t('poster.back')}</Link>} />;
  if (list.isPending) return <div className="poster-loading"><Spin /></div>;
  if (list.isError) return <Result status="warning" title={errorText(t, list.error)} extra={<Link to="/checkpoints">{t('poster.back')}</Link>} />;
  const open: CheckpointView[] = list.data.filter((c) => c.active);
  const closed = list.data.length - open.length;
  const name = list.data[0]?.community.name ?? code;
  return (
    <div className="poster-screen">
      <PosterToolbar title={t('poster.sheetTitle', { name, count: open.length })}>
        {closed > 0 && <Alert type="info" showIcon title={t('poster.skippedClosed', { count: closed })} className="poster-toolbar-alert" />}
      </PosterToolbar>
      {open.length === 0
        ? <Empty description={t('poster.noneOpen')} />
        : <div className="poster-sheet">{open.map((c) => <Poster key={c.id} checkpoint={c} city={city} />)}</div>}
    </div>
  );
}
