import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCount } from '../../../lib/format.ts';
import type { ListLink } from './list-links.ts';

interface Props {
  value: number;
  /** The list behind the number; none: plain text (no list exists, or the user may not open it). */
  link: ListLink | null;
  className?: string;
  'data-testid'?: string;
}

/** A figure that opens the list it counts. Inside a clickable row it opens the list, not the row. */
export function CountLink({ value, link, className = '', 'data-testid': testId }: Props) {
  const { t, i18n } = useTranslation();
  const text = formatCount(value, i18n.language);
  if (!link) return <span className={`count ${className}`} data-testid={testId} data-value={value}>{text}</span>;
  return (
    <Link
      to={link.pathname}
      state={link.state}
      className={`count count-link ${className}`}
      title={t('overview.openList')}
      onClick={(e) => e.stopPropagation()}
      data-testid={testId}
      data-value={value}
    >
      {text}
    </Link>
  );
}
