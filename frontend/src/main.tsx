import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { preloadPage } from '@/app/routes';
import { markGovukFrontendSupported } from '@/lib/govuk-frontend';
import '@/styles/app.scss';

markGovukFrontendSupported();
preloadPage(window.location.pathname);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
