import { describe, expect, it } from 'vitest';
import { readView, writeView } from './view.ts';

const TODAY = '2024-03-31';
const read = (search: string, scope = '371502') => readView(new URLSearchParams(search), scope, TODAY);

describe('readView', () => {
  it('shows the user\'s own region over the last 30 days by default', () => {
    expect(read('')).toEqual({ region: '371502', from: '2024-03-02', to: TODAY });
  });

  it('keeps a region inside the scope and never goes above or beside it', () => {
    expect(read('?region=371502001').region).toBe('371502001');
    expect(read('?region=3715').region).toBe('371502');
    expect(read('?region=371581').region).toBe('371502');
    expect(read('?region=37150x').region).toBe('371502');
    expect(read('?region=371500', '3715').region).toBe('3715');
  });

  it('keeps a valid period and replaces a reversed, future or too long one', () => {
    expect(read('?from=2024-01-10&to=2024-01-20')).toMatchObject({ from: '2024-01-10', to: '2024-01-20' });
    expect(read('?from=2024-01-20&to=2024-01-10').from).toBe('2024-03-02');
    expect(read('?from=2024-03-30&to=2024-04-01').to).toBe(TODAY);
    expect(read('?from=2023-01-01&to=2024-01-01').to).toBe(TODAY);
    expect(read('?from=2024-02-30&to=2024-03-01').to).toBe(TODAY);
  });
});

describe('writeView', () => {
  it('writes only what differs from the default, and reads back the same view', () => {
    expect(writeView({ region: '371502', from: '2024-03-02', to: TODAY }, '371502', TODAY).toString()).toBe('');
    const params = writeView({ region: '371502001', from: '2024-03-01', to: '2024-03-10' }, '371502', TODAY);
    expect(params.toString()).toBe('region=371502001&from=2024-03-01&to=2024-03-10');
    expect(readView(params, '371502', TODAY)).toEqual({ region: '371502001', from: '2024-03-01', to: '2024-03-10' });
  });
});
