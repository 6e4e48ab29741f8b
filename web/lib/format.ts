const CHINA_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/**
 * China time as `YYYY-MM-DD HH:mm`, the form Chinese government systems print. Not the
 * browser's zone: day filters and counters are China days, and the two must agree.
 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return CHINA_TIME.format(d);
}

export function formatCount(n: number | null | undefined, language: string): string {
  return n === null || n === undefined ? '' : n.toLocaleString(language);
}

/** A file's size as people read it: KB below a megabyte, MB with one decimal above. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
