// The browser entry of the CSP test: hydrates the server's HTML (a hydration error is marked on the page).
import { hydrateRoot } from 'react-dom/client';
import { CspApp, newQueryClient } from './CspApp.js';

const container = document.getElementById('app');
if (!container) throw new Error('The server HTML has no #app.');
hydrateRoot(container, <CspApp queryClient={newQueryClient()} />, {
  onRecoverableError: (error) => document.documentElement.setAttribute('data-hydration-error', String(error)),
});
