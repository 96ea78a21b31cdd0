import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type CreateHttpAdapterOptions,
  createHttpAdapter,
  type TwoFactorAdapter,
  TwoFactorCodeStep,
  TwoFactorPrompt,
  type TwoFactorPromptProps,
  TwoFactorProvider,
} from '../../src/index.js';
import { de } from '../../src/locales/de.js';
import { fr } from '../../src/locales/fr.js';
import { createMockAdapter } from '../../src/testing/index.js';
import { sentWithHint } from '../fixtures/answers.js';
import { answerWith, fixtureBaseUrl, verifyAnswerWith, verifyCodePath } from '../fixtures/handlers.js';
import { renderWithTwoFactor } from '../render.js';
import { setupTestServer } from '../server.js';

const { server, requests } = setupTestServer();

afterEach(() => {
  vi.restoreAllMocks();
});

let people = 0;
const nextPerson = () => `localisation-person-${++people}`;

function httpAdapter(options: Partial<CreateHttpAdapterOptions> = {}) {
  return createHttpAdapter({ baseUrl: fixtureBaseUrl, verifyPath: verifyCodePath, ...options });
}

/** Sends once from a prompt and returns the Accept-Language of the request that left. */
async function acceptLanguageOfSend(
  props: Partial<TwoFactorPromptProps>,
  adapter: TwoFactorAdapter = httpAdapter(),
  providerLocale?: string,
) {
  server.use(answerWith(sentWithHint));
  const { user } = renderWithTwoFactor(<TwoFactorPrompt personId={nextPerson()} {...props} />, {
    adapter,
    ...(providerLocale !== undefined && { locale: providerLocale }),
  });
  await user.click(screen.getByRole('button', { name: /^(Send code|Envoyer le code|Code senden)$/ }));
  await waitFor(() => expect(requests).toHaveLength(1));
  return requests[0]?.headers.get('Accept-Language');
}

describe('the language the server writes in', () => {
  it('given messages={fr}, should send Accept-Language: fr', async () => {
    expect(await acceptLanguageOfSend({ messages: fr })).toBe('fr');
  });

  it('given no messages, should send the English catalogue locale', async () => {
    expect(await acceptLanguageOfSend({})).toBe('en');
  });

  it('given locale="fr-BE" on the prompt, should send it instead of the catalogue locale', async () => {
    expect(await acceptLanguageOfSend({ messages: fr, locale: 'fr-BE' })).toBe('fr-BE');
  });

  it('given a locale on the provider, should send it, and the prompt locale over it', async () => {
    expect(await acceptLanguageOfSend({ messages: fr }, httpAdapter(), 'fr-CH')).toBe('fr-CH');
    requests.length = 0;
    expect(await acceptLanguageOfSend({ messages: fr, locale: 'fr-LU' }, httpAdapter(), 'fr-CH')).toBe('fr-LU');
  });

  it('given headers that set Accept-Language, should send the host header', async () => {
    expect(await acceptLanguageOfSend({ messages: fr }, httpAdapter({ headers: { 'Accept-Language': 'nl-BE' } }))).toBe('nl-BE');
  });

  it('given messages={de} on the code step, should verify with Accept-Language: de', async () => {
    server.use(verifyAnswerWith({ status: 200, body: {} }));
    const { user } = renderWithTwoFactor(<TwoFactorCodeStep personId={nextPerson()} messages={de} />, { adapter: httpAdapter() });
    await user.type(screen.getByRole('textbox', { name: 'Bestätigungscode' }), '123456');
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]?.headers.get('Accept-Language')).toBe('de');
  });

  it('given messages={fr} and the mock adapter, should record the locale of the call', async () => {
    const adapter = createMockAdapter();
    const { user } = renderWithTwoFactor(<TwoFactorPrompt personId={nextPerson()} messages={fr} />, { adapter });
    await user.click(screen.getByRole('button', { name: 'Envoyer le code' }));
    await waitFor(() => expect(adapter.calls).toHaveLength(1));
    expect(adapter.calls[0]?.locale).toBe('fr');
  });
});

const mediumRefused = createMockAdapter({
  answers: {
    type: 'invalid',
    issues: [
      {
        propertyName: 'command.Medium',
        message: "'Medium' must be 'email' or 'sms'.",
        code: 'PredicateValidator',
        placeholders: { PropertyName: 'Medium', PropertyValue: '<b>fax</b>' },
      },
      { propertyName: 'Contact.Phone', message: "'Phone' must not be empty.", code: 'NotEmptyValidator' },
    ],
  },
});

const frenchServerErrors = {
  ...fr,
  serverErrors: {
    'Medium.PredicateValidator': '« {PropertyValue} » n’est pas un moyen d’envoi accepté.',
    NotEmptyValidator: 'Aucun numéro de téléphone n’est connu.',
  },
};

describe('serverErrors', () => {
  it('given an override for the code at a field, should show it there with the placeholders filled as text, and in the summary', async () => {
    const { user } = renderWithTwoFactor(<TwoFactorPrompt personId={nextPerson()} messages={frenchServerErrors} />, {
      adapter: mediumRefused,
    });
    await user.click(screen.getByRole('button', { name: 'Envoyer le code' }));

    const email = await screen.findByRole('radio', { name: 'E-mail' });
    await waitFor(() => expect(email).toHaveAccessibleDescription('Erreur : « <b>fax</b> » n’est pas un moyen d’envoi accepté.'));
    expect(screen.queryByText("'Medium' must be 'email' or 'sms'.")).not.toBeInTheDocument();
    const summary = within(screen.getByRole('alert'));
    expect(summary.getByText('Aucun numéro de téléphone n’est connu.')).toBeInTheDocument();
    // Server text in a right-to-left page keeps its own direction.
    for (const text of screen.getAllByText('« <b>fax</b> » n’est pas un moyen d’envoi accepté.')) {
      expect(text.closest('bdi')).not.toBeNull();
    }
  });

  it('given the headless render, should give fieldErrors and formErrors through serverErrors', async () => {
    let state: Parameters<NonNullable<TwoFactorPromptProps['render']>>[0] | undefined;
    const { user } = renderWithTwoFactor(
      <TwoFactorPrompt
        personId={nextPerson()}
        messages={frenchServerErrors}
        render={(prompt) => {
          state = prompt;
          return (
            <button type="button" onClick={() => prompt.submit()}>
              go
            </button>
          );
        }}
      />,
      { adapter: mediumRefused },
    );
    await user.click(screen.getByRole('button', { name: 'go' }));
    await waitFor(() => expect(state?.fieldErrors.medium).toStrictEqual(['« <b>fax</b> » n’est pas un moyen d’envoi accepté.']));
    expect(state?.errorSummary).toContain('Aucun numéro de téléphone n’est connu.');
  });

  it('given an override for the code step, should show it at the code input with the placeholders filled', async () => {
    const adapter = createMockAdapter({
      verifyAnswers: {
        type: 'invalid',
        issues: [{ propertyName: 'Code', message: 'Invalid code.', code: 'InvalidCode', placeholders: { PropertyValue: '000000' } }],
      },
    });
    const messages = { ...fr, serverErrors: { 'code.InvalidCode': 'Le code {PropertyValue} ne correspond pas.' } };
    const { user } = renderWithTwoFactor(<TwoFactorCodeStep personId={nextPerson()} messages={messages} />, { adapter });
    const input = screen.getByRole('textbox', { name: 'Code de vérification' });
    await user.type(input, '000000');
    await waitFor(() => expect(input).toHaveAccessibleDescription(/Le code 000000 ne correspond pas\. 4 tentatives restantes\.$/));
    expect(screen.queryByText('Invalid code.')).not.toBeInTheDocument();
  });
});

describe('catalogues as data', () => {
  it('given the French catalogue parsed from JSON, should render and send in French', async () => {
    const adapter = createMockAdapter();
    const { user } = renderWithTwoFactor(
      <TwoFactorProvider adapter={adapter}>
        <TwoFactorPrompt personId={nextPerson()} messages={JSON.parse(JSON.stringify(fr))} />
      </TwoFactorProvider>,
      { adapter },
    );
    expect(screen.getByRole('heading', { name: 'Envoyer un code de vérification' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Envoyer le code' }));
    await waitFor(() => expect(adapter.calls[0]?.locale).toBe('fr'));
  });
});
