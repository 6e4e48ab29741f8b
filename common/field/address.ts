/**
 * The form two household addresses are compared in. What a worker types differently for the
 * same door — full-width digits and letters from a Chinese keyboard (１７号, Ａ座), an
 * ideographic or doubled space, letter case — must not make a second household. Spaces
 * between Latin letters or digits are kept ("3 12" is not "31 2"); beside a Chinese character
 * they carry nothing ("东关街 17 号" is "东关街17号").
 */
export function addressKey(address: string): string {
  return address
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(/ ?(\P{ASCII}) ?/gu, '$1')
    .trim();
}

export function sameAddress(a: string, b: string): boolean {
  return addressKey(a) === addressKey(b);
}
