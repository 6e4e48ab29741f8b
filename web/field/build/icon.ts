/**
 * The field app's icon, drawn here so the build needs no image files: the platform's shield
 * over a grid on a full-bleed blue square. Everything that matters sits inside the central
 * 80 % circle, so the same drawing serves as a maskable icon.
 */
export function iconSvg(size: number, { rounded }: { rounded: boolean }): string {
  const r = rounded ? Math.round(size * 0.2) : 0;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 48 48">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#2f7cf6"/><stop offset="1" stop-color="#1147b0"/></linearGradient>
  </defs>
  <rect width="48" height="48" rx="${(r * 48) / size}" fill="url(#bg)"/>
  <g transform="translate(9.6 9.6) scale(0.6)">
    <path d="M24 3 42 9v13c0 11.5-7.6 19.6-18 23C13.6 41.6 6 33.5 6 22V9z" fill="#fff" fill-opacity=".16" stroke="#fff" stroke-width="2.4"/>
    <path d="M15 16h18M15 24h18M15 32h18M19 12v24M29 12v24" stroke="#fff" stroke-opacity=".8" stroke-width="1.8"/>
    <circle cx="24" cy="24" r="5" fill="#ff7a45" stroke="#fff" stroke-width="2"/>
  </g>
</svg>
`;
}
