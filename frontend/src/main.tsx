import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { markGovukFrontendSupported } from '@/lib/govuk-frontend';
import '@/styles/app.scss';

markGovukFrontendSupported();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
