import { describe, expect, it } from 'vitest';
import { recordChange, regionHolding } from './changes.ts';

const KINDS = { name: 'name', idNumber: 'idNumber', phone: 'phone', birthDate: 'birthDate', note: 'text', status: 'plain', at: 'plain' } as const;

describe('record changes for the audit log', () => {
  it('keeps only the changed fields, masked, before and after', () => {
    const before = { name: '张三丰', idNumber: '371502198506120011', phone: '13812345678', birthDate: '1985-06-12', note: '旧备注', status: 'open', at: new Date('2026-02-14T08:00:00Z') };
    const after = { ...before, name: '张三', phone: '13987654321', note: '新的备注', status: 'open', at: new Date('2026-02-14T08:00:00Z') };
    const change = recordChange(KINDS, before, after);
    expect(change).toEqual({ before: { name: '张*丰', phone: '138****5678', note: { length: 3 } }, after: { name: '张*', phone: '139****4321', note: { length: 4 } } });
    for (const raw of ['张三丰', '13812345678', '13987654321', '旧备注', '新的备注']) expect(JSON.stringify(change)).not.toContain(raw);
  });

  it('a create lists what it set; birth dates as the year; nothing changed is null', () => {
    expect(recordChange(KINDS, null, { name: '李四', idNumber: '371502198506120011', birthDate: '1985-06-12', note: '', status: 'open', at: new Date('2026-02-14T08:00:00Z') }))
      .toEqual({ after: { name: '李*', idNumber: '3715*************1', birthDate: '1985', status: 'open', at: '2026-02-14T08:00:00.000Z' } });
    expect(recordChange(KINDS, { status: 'open', note: null }, { status: 'open', note: null })).toBeNull();
    expect(recordChange(KINDS, { note: 'x' }, { note: null })).toEqual({ before: { note: { length: 1 } }, after: { note: null } });
  });

  it('files a move under the smallest region holding both places', () => {
    expect(regionHolding('371502001001001', '371502001001002')).toBe('371502001001');
    expect(regionHolding('371502001001001', '371502002')).toBe('371502');
    expect(regionHolding('371502', '371581001')).toBe('3715');
    expect(regionHolding('371502001', '371502001')).toBe('371502001');
  });
});
