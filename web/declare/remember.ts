/**
 * "记住我的信息": the resident's OWN name, mobile and ID number, on this device only, and only
 * after they ticked the box and their declaration was accepted. Nothing else is ever stored:
 * not their answers, not a family member's details.
 */
const KEY = 'epigrid.declare.me';

export interface Me {
  name: string;
  phone: string;
  idNumber: string;
}

export function recall(): Me | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const me = JSON.parse(raw) as Partial<Me>;
    if (typeof me.name !== 'string' || typeof me.phone !== 'string') return null;
    return { name: me.name, phone: me.phone, idNumber: typeof me.idNumber === 'string' ? me.idNumber : '' };
  } catch {
    return null;
  }
}

export function remember(me: Me): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ name: me.name, phone: me.phone, idNumber: me.idNumber }));
  } catch {
    // Private browsing or storage full: the resident types their details next time.
  }
}

export function forget(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing could be stored either.
  }
}
