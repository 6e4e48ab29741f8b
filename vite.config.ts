import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { fieldPwa } from './web/field/build/pwa.ts';

const webRoot = fileURLToPath(new URL('./web', import.meta.url));
const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** One line per web app: its HTML entry under web/. */
const apps: Record<string, string> = {
  console: 'console/index.html',
  field: 'field/index.html',
  declare: 'declare/index.html',
  screen: 'screen/index.html',
};

/** The app whose HTML a page path gets (the server's APPS prefixes, in development). */
function pageOf(path: string): string {
  if (path.startsWith('/d/')) return '/declare/index.html';
  if (path === '/screen' || path.startsWith('/screen/')) return '/screen/index.html';
  return '/console/index.html';
}

/**
 * In development, deep links (/regions/3715, /d/<token>, /screen) get their app's HTML, as the server's
 * SPA fallback does in production. The field app's plugins route /m/ before this runs.
 */
function consoleFallback(): Plugin {
  return {
    name: 'epigrid-console-fallback',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const path = (req.url ?? '/').split('?')[0]!;
        const isPage = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
        if (isPage && !path.startsWith('/api/') && !path.includes('.')) req.url = pageOf(path);
        next();
      });
    },
  };
}

export default defineConfig(({ command }) => ({
  root: webRoot,
  base: '/',
  appType: 'mpa',
  // The field PWA's plugins go first: in development they route /m/ pages before the console's fallback.
  plugins: [react(), ...fieldPwa(), consoleFallback()],
  resolve: {
    // react-router's package exports point only at its development build (remix-run/react-router#12532),
    // which keeps dev warnings in production; a build takes the production files it also ships.
    alias: command === 'build'
      ? [
        { find: /^react-router$/, replacement: fromRoot('./node_modules/react-router/dist/production/index.mjs') },
        { find: /^react-router\/dom$/, replacement: fromRoot('./node_modules/react-router/dist/production/dom-export.mjs') },
      ]
      : [],
  },
  build: {
    outDir: fromRoot('./dist/web'),
    emptyOutDir: true,
    // ECharts (~530 kB minified) is one lazily loaded chunk that only the chart pages fetch, and
    // MapLibre (~1.1 MB) one that only the map page fetches (its worker is a separate asset).
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: Object.fromEntries(Object.entries(apps).map(([name, entry]) => [name, `${webRoot}/${entry}`])),
      output: {
        // The framework every app starts with changes rarely: one long-cached chunk. antd stays split per page.
        codeSplitting: {
          groups: [{ name: 'framework', test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next)[\\/]/ }],
        },
      },
    },
  },
  server: {
    // The API checks Origin against Host, so the proxy keeps the browser's Host header.
    proxy: { '/api': { target: process.env.EPIGRID_API ?? 'http://localhost:3000', changeOrigin: false } },
  },
}));
