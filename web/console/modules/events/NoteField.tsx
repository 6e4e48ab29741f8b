import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../../common/field/rules.ts';
import { freeTextRule } from '../../ui/text-rules.ts';

interface Props {
  name: string;
  label: string;
  /** The message when it is left blank; absent: optional. */
  requiredMessage?: string;
  /** Required only while this holds (a failed verification, a refusal). */
  dependencies?: string[];
}

/** A note or reason of up to 500 characters, as the server limits it. */
export function NoteField({ name, label, requiredMessage, dependencies }: Props) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label}
      dependencies={dependencies}
      rules={[freeTextRule(t), ...(requiredMessage ? [{ required: true, whitespace: true, message: requiredMessage }] : [])]}
    >
      <Input.TextArea rows={3} showCount maxLength={TEXT_LIMITS.note} placeholder={t(requiredMessage ? 'events.noteRequiredPlaceholder' : 'events.notePlaceholder')} data-testid={`event-${name}`} />
    </Form.Item>
  );
}

/** Text as the server wants it: trimmed, and absent when blank. */
export const trimmed = (text: string | undefined): string | undefined => text?.trim() || undefined;
