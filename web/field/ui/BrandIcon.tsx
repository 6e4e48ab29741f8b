import { iconSvg } from '../build/icon.ts';

/** The app icon (the same drawing the build renders to PNG for the home screen). */
export function BrandIcon({ size = 48 }: { size?: number }) {
  return <img src={`data:image/svg+xml;utf8,${encodeURIComponent(iconSvg(size, { rounded: true }))}`} width={size} height={size} alt="" />;
}
