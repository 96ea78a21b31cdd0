import { onlineManager, QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpAdapter, type TwoFactorAdapter, TwoFactorError, TwoFactorPrompt, TwoFactorProvider } from '../../src/index.js';
import { createMockAdapter } from '../../src/testing/index.js';
import { sentWithHint } from '../fixtures/answers.js';
import { answerWith, fixtureBaseUrl, sendCodeUrl } from '../fixtures/handlers.js';
import { gated } from '../gate.js';
import { renderWithTwoFactor } from '../render.js';
import { setupTestServer } from '../server.js';

const offlineServer = setupTestServer();

afterEach(() => {
  vi.restoreAllMocks();
});

let people = 0;
const nextPerson = () => `engine-person-${++people}`;

/** Two prompts for one person, a login screen and a modal, under one provider or two. */
function renderTwoPrompts(personId: string, adapter: TwoFactorAdapter, providers: 'one' | 'two') {
  const first = <TwoFactorPrompt data-testid="first" personId={personId} />;
  const second = <TwoFactorPrompt data-testid="second" personId={` ${personId} `} />;
  const ui =
    providers === 'one' ? (
      <TwoFactorProvider adapter={adapter} queryClient={new QueryClient()}>
        {first}
        {second}
      </TwoFactorProvider>
    ) : (
      <>
        <TwoFactorProvider adapter={adapter} queryClient={new QueryClient()}>
          {first}
        </TwoFactorProvider>
        <TwoFactorProvider adapter={adapter} queryClient={new QueryClient()}>
          {second}
        </TwoFactorProvider>
      </>
    );
  render(ui);
  const prompt = (id: 'first' | 'second') => within(screen.getByTestId(id));
  return { user: userEvent.setup(), prompt };
}

describe.each(['one', 'two'] as const)('two prompts for the same person under %s provider(s)', (providers) => {
  it('given a burst of clicks on both during a slow send, should send one code and show the cooldown on both', async () => {
    // The answer waits at a gate: every click of the burst lands while the send is in flight, however slow the machine is.
    const { adapter, open } = gated(createMockAdapter());
    const { user, prompt } = renderTwoPrompts(nextPerson(), adapter, providers);

    await user.click(prompt('first').getByRole('button', { name: 'Send code' }));
    await user.click(prompt('second').getByRole('button'));
    await user.click(prompt('first').getByRole('button'));
    await user.click(prompt('second').getByRole('button'));
    await waitFor(() => expect(prompt('first').getByRole('button', { name: 'Sending…' })).toBeVisible());
    open();

    await waitFor(() => expect(prompt('first').getByRole('button', { description: /^Resend in \d+ s$/ })).toBeVisible());
    expect(prompt('second').getByRole('button', { description: /^(Resend|Try again) in \d+ s$/ })).toBeVisible();
    expect(adapter.calls).toHaveLength(1);
  });

  it('given a click on the second during the cooldown, should send nothing and say why', async () => {
    const adapter = createMockAdapter();
    const { user, prompt } = renderTwoPrompts(nextPerson(), adapter, providers);

    await user.click(prompt('first').getByRole('button', { name: 'Send code' }));
    await waitFor(() =>
      expect(prompt('second').getByRole('button', { description: /in \d+ s$/ })).toHaveAttribute('aria-disabled', 'true'),
    );
    await user.click(prompt('second').getByRole('button'));

    // On screen, and once more, still, for assistive technology: the one on screen counts down with the button.
    const [shown] = await prompt('second').findAllByText(/^A code was just sent\. You can ask for another in \d+ s\.$/);
    expect(shown).toBeVisible();
    expect(adapter.calls).toHaveLength(1);
  });
});

describe('the engine refuses visibly', () => {
  it('given another medium picked while a code is being sent, should send nothing more and say a code is being sent', async () => {
    // The first send never answers: the second prompt's click is certain to come while it is in flight.
    const adapter = createMockAdapter({ delayMs: Number.POSITIVE_INFINITY });
    const personId = nextPerson();
    const { user, prompt } = renderTwoPrompts(personId, adapter, 'one');

    await user.click(prompt('first').getByRole('button', { name: 'Send code' }));
    await user.click(prompt('second').getByRole('radio', { name: 'Email' }));
    await user.click(prompt('second').getByRole('button'));

    expect(await prompt('second').findByText('A code is being sent. Wait for it before changing your choice.')).toBeVisible();
    expect(prompt('first').getByRole('button', { name: 'Sending…' })).toBeVisible();
    expect(adapter.calls.map((call) => call.request.medium)).toEqual(['sms']);
  });
});

describe('every failure is a TwoFactorError', () => {
  it('given a host adapter that throws a plain Error, should give onError and the summary a TwoFactorError of kind unknown', async () => {
    const original = new Error('host bug');
    const adapter: TwoFactorAdapter = {
      sendCode: async () => {
        throw original;
      },
    };
    const onError = vi.fn();
    const { user } = renderWithTwoFactor(<TwoFactorPrompt personId={nextPerson()} onError={onError} />, { adapter });

    await user.click(screen.getByRole('button', { name: 'Send code' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The code could not be sent. Try again.');
    expect(onError).toHaveBeenCalledTimes(1);
    const error = onError.mock.calls[0]?.[0];
    expect(error).toBeInstanceOf(TwoFactorError);
    expect(error).toMatchObject({ kind: 'unknown', cause: original });
  });
});

describe('server field errors clear when the person changes that field', () => {
  it('given a Language and a Medium error, should clear the Language one when another language is picked, and keep the Medium one', async () => {
    const adapter = createMockAdapter({
      answers: {
        type: 'invalid',
        issues: [
          { propertyName: 'Medium', message: 'This medium is not available.' },
          { propertyName: 'Language', message: 'This language is not available.' },
        ],
      },
    });
    const { user } = renderWithTwoFactor(<TwoFactorPrompt personId={nextPerson()} />, { adapter });
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    const language = screen.getByRole('combobox', { name: 'Language' });
    await waitFor(() => expect(language).toHaveAttribute('aria-invalid', 'true'));

    await user.selectOptions(language, 'Nederlands');

    expect(language).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('This language is not available.')).toBeNull();
    expect(within(screen.getByRole('group', { name: 'Send the code by' })).getByText('This medium is not available.')).toBeVisible();
    expect(screen.getByRole('radio', { name: 'Text message (SMS)' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('given a host onChange on a prop getter, should call it as well as the prompt', async () => {
    const onChange = vi.fn();
    const { user } = renderWithTwoFactor(
      <TwoFactorPrompt personId={nextPerson()}>
        {(prompt) => (
          <select aria-label="Language" {...prompt.getLanguageSelectProps({ onChange })}>
            {prompt.languageOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </TwoFactorPrompt>,
      { adapter: createMockAdapter() },
    );
    await user.selectOptions(screen.getByRole('combobox'), 'Deutsch');
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe('offline', () => {
  afterEach(() => {
    onlineManager.setOnline(true);
  });

  it('given a click while offline, should fail at once as network and send nothing when the browser is back online', async () => {
    const { server, requests } = offlineServer;
    server.use(http.post(sendCodeUrl(fixtureBaseUrl), () => HttpResponse.error()));
    const onError = vi.fn();
    const { user } = renderWithTwoFactor(<TwoFactorPrompt personId={nextPerson()} onError={onError} />, {
      adapter: createHttpAdapter({ baseUrl: fixtureBaseUrl }),
    });

    // react-query's own view of the network: a paused mutation would wait here for it to come back.
    onlineManager.setOnline(false);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    // Still offline: a paused mutation would never get here, however long the wait, so the bound only allows for a loaded machine.
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'network' })), { timeout: 5_000 });
    expect(requests).toHaveLength(1);

    server.use(answerWith(sentWithHint));
    await act(async () => {
      onlineManager.setOnline(true);
      window.dispatchEvent(new Event('online'));
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(requests).toHaveLength(1);
    expect(onError).toHaveBeenCalledTimes(1);
  });
});
