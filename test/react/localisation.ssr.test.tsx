// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { type TwoFactorCatalogue, TwoFactorCodeStep, TwoFactorPrompt, TwoFactorProvider } from '../../src/index.js';
import { ar } from '../../src/locales/ar.js';
import { fr } from '../../src/locales/fr.js';
import { createMockAdapter } from '../../src/testing/index.js';

// A server component hands its props to a client component as JSON: functions cannot cross.
const throughJson = (catalogue: TwoFactorCatalogue): TwoFactorCatalogue => JSON.parse(JSON.stringify(catalogue));

describe('catalogues passed as a server component passes them', () => {
  it('given renderToString of a tree passing the parsed French catalogue, should render French', () => {
    const html = renderToString(
      <TwoFactorProvider adapter={createMockAdapter()}>
        <TwoFactorPrompt personId="ssr-json-person" messages={throughJson(fr)} />
        <TwoFactorCodeStep personId="ssr-json-person" messages={throughJson(fr)} />
      </TwoFactorProvider>,
    );
    expect(html).toContain('Envoyer un code de vérification');
    expect(html).toContain('>Envoyer le code</button>');
    expect(html).toContain('Saisissez le code de 6 caractères que nous vous avons envoyé.');
    expect(html).not.toContain('Send code');
  });

  it('given the parsed Arabic catalogue, should render its texts, plural form included', () => {
    const html = renderToString(
      <TwoFactorProvider adapter={createMockAdapter()}>
        <div dir="rtl" lang="ar">
          <TwoFactorCodeStep personId="ssr-json-person" codeLength={6} messages={throughJson(ar)} />
        </div>
      </TwoFactorProvider>,
    );
    // Six is in Arabic's `few` category (3–10).
    expect(html).toContain('أدخل الرمز الذي أرسلناه إليك، وطوله 6 أحرف.');
  });
});
