/** The few line icons the app needs, drawn inline (24×24, currentColor). */
const paths = {
  home: 'M3 11 12 4l9 7M5.5 9.5V20h13V9.5M10 20v-5.5h4V20',
  households: 'M4 20V9l8-5 8 5v11M4 20h16M9 20v-6h6v6M9 10.5h.01M15 10.5h.01',
  report: 'M12 3 2.5 20h19zM12 9.5v5M12 17.2v.3',
  duty: 'M12 21s7-6.2 7-11.5A7 7 0 0 0 5 9.5C5 14.8 12 21 12 21zM12 12.2a2.7 2.7 0 1 0 0-5.4 2.7 2.7 0 0 0 0 5.4z',
  me: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4.5 20.5c.9-3.6 3.9-5.8 7.5-5.8s6.6 2.2 7.5 5.8',
  cloud: 'M7 18h10.5a4 4 0 0 0 .6-7.96A6 6 0 0 0 6.3 9.1 4.5 4.5 0 0 0 7 18z',
  cloudOff: 'M7 18h10.5M20.6 16.4A4 4 0 0 0 18.1 10 6 6 0 0 0 9 5.4M6.3 9.1A4.5 4.5 0 0 0 7 18M3 3l18 18',
  gps: 'M12 19a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM12 2v3M12 19v3M2 12h3M19 12h3M12 14.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z',
  map: 'M9 4 3 6.5v13L9 17l6 2.5 6-2.5V4l-6 2.5zM9 4v13M15 6.5v13',
  plus: 'M12 5v14M5 12h14',
  phone: 'M6.6 3.5h3l1.6 4.3-2 1.3a11.5 11.5 0 0 0 5.7 5.7l1.3-2 4.3 1.6v3a2 2 0 0 1-2.1 2A17 17 0 0 1 4.5 5.6a2 2 0 0 1 2.1-2.1z',
  thermometer: 'M14 14.8V5a2 2 0 0 0-4 0v9.8a4 4 0 1 0 4 0zM12 17.5v-6',
  tasks: 'M9 4h6v3H9zM9 5.5H6.5v15h11v-15H15M9 12l2 2 4-4M9 17h6',
  bell: 'M6 17V11a6 6 0 0 1 12 0v6l1.5 1.5h-15zM10 20.5a2 2 0 0 0 4 0',
  sync: 'M20 11a8 8 0 0 0-14.3-4.9L4 8M4 4v4h4M4 13a8 8 0 0 0 14.3 4.9L20 16M20 20v-4h-4',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name, size = 22, className }: { name: IconName; size?: number; className?: string }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" className={className}>
      <path d={paths[name]} />
    </svg>
  );
}
