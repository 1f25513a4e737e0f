import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { preloadPage } from '@/app/routes';
import { markGovukFrontendSupported } from '@/lib/govuk-frontend';
import { createQueryClient } from '@/lib/query-client';
import '@/styles/app.scss';

markGovukFrontendSupported();
const client = createQueryClient();
preloadPage(window.location, client);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
