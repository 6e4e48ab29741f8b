import path from 'node:path';
import type { ManifestTransform } from 'workbox-build';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { iconSvg } from './icon.ts';

/**
 * The grid worker's PWA lives at /m/ while its HTML is built as field/index.html (Vite
 * multi-page). The server sends that HTML for every page under /m/ and serves the files the
 * build puts in dist/web/m/ as they are:
 *   /m/sw.js               the service worker (scope /m/, its own folder: no Service-Worker-Allowed needed)
 *   /m/manifest.webmanifest, /m/icon-*.png, /m/icon.svg
 * The service worker precaches only the field app's own files (its HTML, the chunks its entry
 * reaches, its CSS and icons), never the console's.
 */
const FIELD_HTML = 'field/index.html';
const PUBLIC_DIR = 'm';
const THEME = '#1a5cd1';

const ICONS = [
  { file: 'icon-192.png', size: 192, purpose: 'any', rounded: true },
  { file: 'icon-512.png', size: 512, purpose: 'any', rounded: true },
  { file: 'icon-maskable-512.png', size: 512, purpose: 'maskable', rounded: false },
  { file: 'apple-touch-icon.png', size: 180, purpose: null, rounded: false },
] as const;

const manifest = {
  id: '/m/',
  name: '网格员工作台 · 网格化疫情防控平台',
  short_name: '网格员',
  description: '入户走访、人员流动登记、事件上报与卡点值班，离线可用',
  lang: 'zh-CN',
  start_url: '/m/',
  scope: '/m/',
  display: 'standalone',
  orientation: 'portrait',
  background_color: '#f5f7fb',
  theme_color: THEME,
  icons: [
    ...ICONS.filter((i) => i.purpose).map((i) => ({ src: `/m/${i.file}`, sizes: `${i.size}x${i.size}`, type: 'image/png', purpose: i.purpose })),
    { src: '/m/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  ],
};

const HEAD_LINKS = [
  `<link rel="manifest" href="/m/manifest.webmanifest">`,
  `<link rel="icon" href="/m/icon.svg" type="image/svg+xml">`,
  `<link rel="apple-touch-icon" href="/m/apple-touch-icon.png">`,
  `<meta name="theme-color" content="${THEME}">`,
].join('');

/** Files a chunk needs besides itself: what Vite records on it (CSS, images). */
interface ViteChunkMetadata {
  importedCss?: Set<string>;
  importedAssets?: Set<string>;
}

export function fieldPwa(): Plugin[] {
  /** Paths (relative to the output folder) that belong to the field app; filled while bundling. */
  const owned = new Set<string>();

  // Development: pages under /m/ get the field app's HTML (the production server does the same),
  // before the console's fallback claims every page.
  const devPages: Plugin = {
    name: 'epigrid-field-dev-pages',
    enforce: 'pre',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const urlPath = (req.url ?? '/').split('?')[0]!;
        if (req.method === 'GET' && (urlPath === '/m' || urlPath.startsWith('/m/')) && !urlPath.includes('.')) req.url = `/${FIELD_HTML}`;
        next();
      });
    },
  };

  const files: Plugin = {
    name: 'epigrid-field-pwa',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.filename.split(path.sep).join('/').endsWith(`/${FIELD_HTML}`)) return html;
        return html.replace('</head>', `${HEAD_LINKS}</head>`);
      },
    },
    async generateBundle(_options, bundle) {
      if (this.environment?.config.command === 'serve') return;
      owned.clear();
      const { default: sharp } = await import('sharp');
      for (const icon of ICONS) {
        const png = await sharp(Buffer.from(iconSvg(icon.size, icon))).png().toBuffer();
        this.emitFile({ type: 'asset', fileName: `${PUBLIC_DIR}/${icon.file}`, source: png });
        owned.add(`${PUBLIC_DIR}/${icon.file}`);
      }
      this.emitFile({ type: 'asset', fileName: `${PUBLIC_DIR}/icon.svg`, source: iconSvg(48, { rounded: true }) });
      this.emitFile({ type: 'asset', fileName: `${PUBLIC_DIR}/manifest.webmanifest`, source: `${JSON.stringify(manifest, null, 2)}\n` });
      owned.add(`${PUBLIC_DIR}/icon.svg`).add(`${PUBLIC_DIR}/manifest.webmanifest`).add(FIELD_HTML);

      // Everything the field entry reaches, statically or through lazy routes.
      const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry && c.facadeModuleId?.split(path.sep).join('/').endsWith(`/${FIELD_HTML}`));
      if (!entry) throw new Error(`field PWA: no entry chunk for ${FIELD_HTML}`);
      const pending = [entry.fileName];
      while (pending.length > 0) {
        const name = pending.pop()!;
        if (owned.has(name)) continue;
        owned.add(name);
        const chunk = bundle[name];
        if (chunk?.type !== 'chunk') continue;
        pending.push(...chunk.imports, ...chunk.dynamicImports);
        const meta = (chunk as { viteMetadata?: ViteChunkMetadata }).viteMetadata;
        for (const file of [...(meta?.importedCss ?? []), ...(meta?.importedAssets ?? [])]) owned.add(file);
      }
    },
  };

  const onlyField: ManifestTransform = (entries) => ({
    // The service worker sits in /m/; precache URLs are made absolute so they resolve from the root.
    manifest: entries.filter((e) => owned.has(e.url)).map((e) => ({ ...e, url: `/${e.url}` })),
    warnings: [],
  });

  return [
    devPages,
    files,
    ...VitePWA({
      strategies: 'generateSW',
      filename: `${PUBLIC_DIR}/sw.js`,
      scope: '/m/',
      // Registered by the app itself (workbox-window); the console must get no manifest link and no registration.
      injectRegister: false,
      manifest: false,
      registerType: 'prompt',
      workbox: {
        cacheId: 'epigrid-field',
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest,woff2}'],
        globIgnores: ['console/**', '**/*.map'],
        // The console's chunks are larger; they are filtered out below, never cached.
        maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
        manifestTransforms: [onlyField],
        navigateFallback: `/${FIELD_HTML}`,
        navigateFallbackAllowlist: [/^\/m(\/|$)/],
        inlineWorkboxRuntime: true,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: false,
        sourcemap: false,
      },
    }),
  ];
}
