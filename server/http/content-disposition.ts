/**
 * `attachment` naming the file in UTF-8 (RFC 6266 / RFC 5987 `filename*`) for today's
 * browsers, with an ASCII `filename` for clients that predate it.
 */
export function attachment(name: string, asciiFallback: string): string {
  // encodeURIComponent leaves ' ( ) * as they are, which RFC 5987's attr-char does not allow.
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const ascii = asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
