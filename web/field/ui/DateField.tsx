import { DatePicker } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const dateOf = (day: string) => new Date(`${day}T00:00:00`);

/** A calendar day ('YYYY-MM-DD') picked on a wheel; clearable. */
export function DateField({ value, onChange, min, max, placeholder, testId }: {
  value?: string | null;
  onChange?: (value: string | null) => void;
  min?: Date;
  max?: Date;
  placeholder?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <div className="picker-value" role="button" tabIndex={0} onClick={() => setOpen(true)} data-testid={testId}>
        {value ? value : <span className="placeholder">{placeholder ?? t('common.pick')}</span>}
        {value && (
          <button type="button" className="picker-clear" aria-label={t('common.clear')} onClick={(e) => { e.stopPropagation(); onChange?.(null); }}>×</button>
        )}
      </div>
      <DatePicker
        visible={open}
        onClose={() => setOpen(false)}
        value={value ? dateOf(value) : null}
        min={min ?? new Date(1900, 0, 1)}
        max={max ?? new Date()}
        onConfirm={(d) => onChange?.(dayOf(d))}
        title={placeholder}
      />
    </>
  );
}

/** An instant (ISO) picked to the minute; empty means "now, when saved". */
export function DateTimeField({ value, onChange, min, testId }: {
  value?: string | null;
  onChange?: (value: string | null) => void;
  min?: Date;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <div className="picker-value" role="button" tabIndex={0} onClick={() => setOpen(true)} data-testid={testId}>
        {value ? formatDateTime(value) : <span className="placeholder">{t('common.now')}</span>}
        {value && (
          <button type="button" className="picker-clear" aria-label={t('common.clear')} onClick={(e) => { e.stopPropagation(); onChange?.(null); }}>×</button>
        )}
      </div>
      <DatePicker
        visible={open}
        precision="minute"
        onClose={() => setOpen(false)}
        value={value ? new Date(value) : new Date()}
        min={min}
        max={new Date()}
        onConfirm={(d) => onChange?.(d.toISOString())}
      />
    </>
  );
}
