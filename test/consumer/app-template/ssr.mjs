// Server-renders the prompt from the installed package with react-dom/server and prints the HTML.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { TwoFactorError, TwoFactorPrompt, TwoFactorProvider } from 'react-two-factor';
import { TwoFactorError as CoreTwoFactorError } from 'react-two-factor/core';
import { fr } from 'react-two-factor/locales/fr';
import { createMockAdapter } from 'react-two-factor/testing';

if (TwoFactorError !== CoreTwoFactorError) {
  throw new Error('react-two-factor and react-two-factor/core export different TwoFactorError classes');
}

// `node ssr.mjs fr`: the catalogue as a server component hands it to a client one, through JSON.
const messages = process.argv[2] === 'fr' ? JSON.parse(JSON.stringify(fr)) : undefined;
const html = renderToString(
  createElement(TwoFactorProvider, { adapter: createMockAdapter() }, createElement(TwoFactorPrompt, { personId: '42', messages })),
);
process.stdout.write(`${html}\n`);
