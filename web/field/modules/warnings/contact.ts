import { api } from '../../../lib/api.ts';

/**
 * The declarant's full number, asked for only when the worker taps 拨打电话 (the server audits
 * each ask), handed straight to the phone's dialler: it is never kept, not in IndexedDB, not in
 * the query cache, not in a component's state.
 */
export async function callDeclarant(warningId: string): Promise<void> {
  const { phone } = await api('POST /api/warnings/:id/contact', { params: { id: warningId } });
  const link = document.createElement('a');
  link.href = `tel:${phone.replace(/[^\d+]/g, '')}`;
  link.rel = 'noopener';
  link.click();
}
