import type { CheckpointView } from '../../../../common/contracts/declarations.ts';
import { CHECKPOINT_KIND } from '../../../../common/declarations/vocabulary.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { qrSource } from './queries.ts';

/**
 * The poster's words are Chinese whatever the console's language: it hangs at a Chinese
 * community's gate for its residents.
 */
const TEXT = {
  campaign: '疫情防控',
  title: '健康申报',
  scan: '请使用手机扫描二维码，完成健康申报后通行',
  steps: [
    { verb: '扫码', detail: '用手机相机或微信扫描上方二维码' },
    { verb: '填写', detail: '如实填写体温、症状和行程' },
    { verb: '出示', detail: '将申报结果出示给工作人员' },
  ],
  honesty: '请如实申报。本二维码仅用于本卡点，请勿遮挡、涂改或翻拍转发。',
  issued: '二维码生成于',
  platform: '网格化疫情防控平台',
};

interface Props {
  checkpoint: CheckpointView;
  city: string;
}

/**
 * One A4 portrait page: the campaign title, where it hangs, the big QR code and three steps.
 * The token appears only inside the QR code and in the small-print address under it.
 */
export function Poster({ checkpoint: c, city }: Props) {
  return (
    <article className="poster-page" data-testid="poster-page" data-checkpoint={c.id}>
      <header className="poster-band">
        <div className="poster-city">{city}{TEXT.platform}</div>
        <h1 className="poster-title">
          <span className="poster-campaign">{TEXT.campaign}</span>
          {' '}
          <span className="poster-title-main">{TEXT.title}</span>
        </h1>
      </header>
      <section className="poster-place">
        <div className="poster-checkpoint" data-testid="poster-checkpoint-name">{c.name}</div>
        <div className="poster-community" data-testid="poster-community-name">
          {c.community.name}
          <span className="poster-kind">{CHECKPOINT_KIND.labels[c.kind].zh}</span>
        </div>
      </section>
      <div className="poster-qr-frame">
        <img src={qrSource(c)} alt={`${c.name} 健康申报二维码`} className="poster-qr" data-testid="poster-qr" />
      </div>
      <div className="poster-scan">{TEXT.scan}</div>
      <ol className="poster-steps">
        {TEXT.steps.map((s, i) => (
          <li key={s.verb} className="poster-step">
            <span className="poster-step-no">{i + 1}</span>
            <span className="poster-step-verb">{s.verb}</span>
            <span className="poster-step-detail">{s.detail}</span>
          </li>
        ))}
      </ol>
      <footer className="poster-footer">
        <div className="poster-honesty">{TEXT.honesty}</div>
        <div className="poster-meta">
          <span>{c.grid.name}</span>
          <span>{TEXT.issued} {formatDateTime(c.tokenIssuedAt)}</span>
        </div>
        <div className="poster-url" data-testid="poster-url">{c.url}</div>
      </footer>
    </article>
  );
}
