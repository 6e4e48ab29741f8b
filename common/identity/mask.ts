/**
 * Display forms that never reveal a whole identifier: 3715*************X, 138****5678, 张*明.
 *
 * An ID number keeps its city prefix and its check character only. The sequence digits stay
 * hidden because, with the birth year or age shown beside the mask, they are what is left to
 * guess: the old form 3715**********123X showed them, and with the birth year the whole number
 * followed in a few dozen guesses (with the full birth date, in one). See docs/api.md,
 * "Personal data in responses".
 */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length <= 8) return '*'.repeat(idNumber.length);
  return idNumber.slice(0, 4) + '*'.repeat(idNumber.length - 5) + idNumber.slice(-1);
}

export function maskPhone(phone: string): string {
  if (phone.length < 7) return '*'.repeat(phone.length);
  return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4);
}

export function maskName(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}
