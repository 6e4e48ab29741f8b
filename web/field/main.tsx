import { unstableSetRender } from 'antd-mobile';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from './App.tsx';
import { registerServiceWorker } from './pwa/register.ts';
import './styles.css';

// antd-mobile's imperative Toast and Dialog render through ReactDOM.render, which React 19 removed.
unstableSetRender((node, container) => {
  const host = container as (Element | DocumentFragment) & { _fieldRoot?: Root };
  host._fieldRoot ??= createRoot(host);
  const root = host._fieldRoot;
  root.render(node);
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.unmount();
    delete host._fieldRoot;
  };
});

// Home is /m/: /m (outside the service worker's scope) becomes /m/ before the router reads it.
if (window.location.pathname === '/m') window.history.replaceState(null, '', `/m/${window.location.search}${window.location.hash}`);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
