import { describe, expect, it } from 'vitest';
import { en as fieldEn } from '../../field/i18n/en.ts';
import { zh as fieldZh } from '../../field/i18n/zh.ts';
import { en, zh } from './messages.ts';

/** Every leaf of a catalogue as `path → text`, so two languages can be compared key by key. */
function leaves(messages: object, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [leaf, text] of leaves(value as object, path)) found.set(leaf, text);
  }
  return found;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]!).sort();
}

describe.each([
  { app: 'console', zhMessages: zh, enMessages: en },
  { app: 'field app', zhMessages: fieldZh, enMessages: fieldEn },
])('the $app texts', ({ zhMessages, enMessages }) => {
  const zhLeaves = leaves(zhMessages);
  const enLeaves = leaves(enMessages);

  it('have the same keys in Chinese and English', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...zhLeaves.keys()].sort());
  });

  it('fill in the same values in both languages', () => {
    for (const [path, text] of zhLeaves) expect(placeholders(enLeaves.get(path) ?? ''), path).toEqual(placeholders(text));
  });
});
