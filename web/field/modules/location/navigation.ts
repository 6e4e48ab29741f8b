/**
 * Links that hand a place to the phone's map app for directions. The event's point is WGS-84
 * (the grid outlines' own system); each link says so, so the map app converts it rather than
 * placing it a few hundred metres off.
 */
const rounded = (n: number) => String(Math.round(n * 1e6) / 1e6);

/** 高德地图's URI API: opens the app when installed (callnative), its web page otherwise; walking, as a grid worker goes. */
export function amapNavigationUri(lon: number, lat: number, name: string): string {
  const to = `${rounded(lon)},${rounded(lat)},${name.replace(/,/g, ' ')}`;
  return `https://uri.amap.com/navigation?${new URLSearchParams({ to, mode: 'walk', coordinate: 'wgs84', callnative: '1', src: 'epigrid' })}`;
}

/** The geo: URI (RFC 5870), for any other map app the phone offers. */
export function geoUri(lon: number, lat: number, name: string): string {
  const point = `${rounded(lat)},${rounded(lon)}`;
  return `geo:${point}?q=${point}(${encodeURIComponent(name)})`;
}
