/** The platform's emblem: a shield over a grid, drawn inline so the console needs no image files. */
export function BrandMark({ size = 36 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <defs>
        <linearGradient id="brand-shield" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor="#5ea2ff" />
          <stop offset="1" stopColor="#1a5cd1" />
        </linearGradient>
      </defs>
      <path d="M24 3 42 9v13c0 11.5-7.6 19.6-18 23C13.6 41.6 6 33.5 6 22V9z" fill="url(#brand-shield)" stroke="#cfe1ff" strokeWidth="1.5" />
      <path d="M15 16h18M15 24h18M15 32h18M19 12v24M29 12v24" stroke="#fff" strokeOpacity=".55" strokeWidth="1.4" />
      <circle cx="24" cy="24" r="4.2" fill="#ff7a45" stroke="#fff" strokeWidth="1.6" />
    </svg>
  );
}
