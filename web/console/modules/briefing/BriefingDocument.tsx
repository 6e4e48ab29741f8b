import { useTranslation } from 'react-i18next';
import { fullRegionName } from '../../../../common/briefing/panels.ts';
import type { Briefing } from '../../../../common/contracts/dashboard-export.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { HighIncidenceSection } from './HighIncidenceSection.tsx';
import { IncubationSection } from './IncubationSection.tsx';
import { KeyFiguresSection } from './KeyFiguresSection.tsx';
import { MonitoringSection } from './MonitoringSection.tsx';
import { VitalSignsSection } from './VitalSignsSection.tsx';

function weekday(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** The briefing as an A4 document: on screen a sheet of paper, on the printer the pages. */
export function BriefingDocument({ briefing: b, by }: { briefing: Briefing; by: string }) {
  const { t, i18n } = useTranslation();
  return (
    <article className="briefing-paper" data-testid="briefing-paper">
      <header className="briefing-head">
        <h1 data-testid="briefing-title">{t('briefing.docTitle', { region: fullRegionName(b.regionPath.map((r) => r.name)) })}</h1>
        <div className="briefing-meta">
          <span>{b.day}（{weekday(b.day, i18n.language)}）</span>
          <span>{t('briefing.generated', { time: formatDateTime(b.generatedAt) })}</span>
          <span>{t('briefing.by', { name: by })}</span>
        </div>
      </header>
      <KeyFiguresSection b={b} />
      <IncubationSection b={b} />
      <VitalSignsSection b={b} />
      <MonitoringSection b={b} />
      <HighIncidenceSection b={b} />
      <footer className="briefing-foot">{t('briefing.footer')}</footer>
    </article>
  );
}
