import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { createRef, Profiler, type ProfilerOnRenderCallback, version } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpAdapter, type TwoFactorError, TwoFactorPrompt, type TwoFactorPromptProps } from '../../src/index.js';
import { fr } from '../../src/locales/fr.js';
import { createMockAdapter, type MockAdapter, type MockAnswer } from '../../src/testing/index.js';
import { axeViolations } from '../axe.js';
import { holdClock } from '../clock.js';
import { invalidMediumAndLanguage, sentWithHint, sentWithWarning, xssMessage } from '../fixtures/answers.js';
import { answerWith, fixtureBaseUrl, sendCodeUrl, toHttpResponse } from '../fixtures/handlers.js';
import { gated } from '../gate.js';
import { renderWithTwoFactor } from '../render.js';
import { setupTestServer } from '../server.js';

const { server } = setupTestServer();

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// Every test sends to a person of its own, so that no cooldown of another test applies.
let people = 0;
function nextPerson(): string {
  people += 1;
  return `prompt-person-${people}`;
}

type PromptProps = Omit<TwoFactorPromptProps, 'personId' | 'render' | 'children'> & { personId?: string };

/** Renders the default prompt with a mock adapter; the root is found by its passed-through `data-testid`. */
function renderPrompt(
  props: PromptProps = {},
  adapter: MockAdapter = createMockAdapter(),
  user?: Parameters<typeof renderWithTwoFactor>[1]['user'],
) {
  const personId = props.personId ?? nextPerson();
  const utils = renderWithTwoFactor(<TwoFactorPrompt data-testid="prompt" {...props} personId={personId} />, {
    adapter,
    ...(user && { user }),
  });
  return { ...utils, adapter, personId, root: screen.getByTestId('prompt') };
}

// A held button keeps one accessible name; its counting label ("Resend in 29 s") is its description.
const sendButton = (label: string | RegExp = 'Send code') =>
  typeof label === 'string' && !/ in \d+ s$/.test(label)
    ? screen.getByRole('button', { name: label })
    : screen.getByRole('button', { description: label });
const languageSelect = () => screen.getByRole('combobox', { name: 'Language' });
const mediumRadio = (name: 'Text message (SMS)' | 'Email') => screen.getByRole('radio', { name });
/** The alert's lines as they read on screen: a visually hidden copy for assistive technology left out. */
const summaryLines = () =>
  within(screen.getByRole('alert'))
    .getAllByRole('listitem')
    .map((item) => {
      const seen = item.cloneNode(true) as HTMLElement;
      for (const hidden of seen.querySelectorAll('.rtf-visually-hidden')) hidden.remove();
      return seen.textContent;
    });

/** Advances fake timers and lets react-query and React settle. */
async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/**
 * Fake timers for a countdown. Testing Library's async wrapper (used by
 * user-event) waits on a real `setTimeout(0)`, and releases it only for a
 * global `jest`; vitest has none, so one that advances vitest's clock stands in.
 */
function useCountdownTimers() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
  return { advanceTimers: (ms: number) => vi.advanceTimersByTime(ms) };
}

describe('TwoFactorPrompt: the choices reach the request', () => {
  it('given the person picks email and Deutsch, should send that medium and language', async () => {
    const { user, adapter, personId } = renderPrompt({ contextId: 'ctx-1', twoFactorId: 'tf-1' });

    await user.click(mediumRadio('Email'));
    await user.selectOptions(languageSelect(), 'Deutsch');
    await user.click(sendButton());

    await waitFor(() => expect(adapter.calls).toHaveLength(1));
    expect(adapter.calls[0]?.request).toEqual({ personId, contextId: 'ctx-1', twoFactorId: 'tf-1', medium: 'email', language: 'de' });
  });

  it('given no choice is touched, should send the default medium sms and the first language', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue([]);
    const { user, adapter } = renderPrompt();

    expect(mediumRadio('Text message (SMS)')).toBeChecked();
    await user.click(sendButton());

    await waitFor(() => expect(adapter.calls).toHaveLength(1));
    expect(adapter.calls[0]?.request).toMatchObject({ medium: 'sms', language: 'en' });
  });

  it('given the HTTP adapter, should POST exactly {PersonId, Language, ContextId, TwoFactorId, Medium}', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post(sendCodeUrl(fixtureBaseUrl), async ({ request }) => {
        bodies.push(await request.json());
        return toHttpResponse(sentWithHint);
      }),
    );
    const adapter = createHttpAdapter({ baseUrl: fixtureBaseUrl, subscriptionKey: 'test-key' });
    const personId = nextPerson();
    const { user } = renderWithTwoFactor(
      <TwoFactorPrompt personId={personId} contextId="ctx-9" twoFactorId="tf-9" languages={['en', 'fr-BE', 'nl']} />,
      { adapter },
    );

    await user.click(mediumRadio('Email'));
    await user.selectOptions(languageSelect(), 'fr-BE');
    await user.click(sendButton());

    expect(await screen.findByText('A code was sent to +32 *** ** 12.')).toBeVisible();
    expect(bodies).toStrictEqual([{ PersonId: personId, Language: 'fr-BE', ContextId: 'ctx-9', TwoFactorId: 'tf-9', Medium: 'email' }]);
  });

  it('given a defaultMedium outside mediums, should fall back to the first of mediums', async () => {
    const { user, adapter } = renderPrompt({ mediums: ['email'], defaultMedium: 'sms' });
    await user.click(sendButton());

    await waitFor(() => expect(adapter.calls).toHaveLength(1));
    expect(adapter.calls[0]?.request.medium).toBe('email');
  });

  it('given one medium, should show it as text instead of a radio choice', () => {
    renderPrompt({ mediums: ['email'] });

    expect(screen.getByText('The code will be sent by Email.')).toBeVisible();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Send the code by' })).not.toBeInTheDocument();
  });

  it('given defaultLanguage, should select it even when the browser prefers another', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE', 'de']);
    const { user, adapter } = renderPrompt({ defaultLanguage: 'nl' });

    expect(languageSelect()).toHaveValue('nl');
    await user.click(sendButton());

    await waitFor(() => expect(adapter.calls).toHaveLength(1));
    expect(adapter.calls[0]?.request.language).toBe('nl');
  });

  it('given no defaultLanguage, should select the first offered language the browser prefers', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['es-ES', 'fr-BE', 'en']);
    const { user, adapter } = renderPrompt();

    await waitFor(() => expect(languageSelect()).toHaveValue('fr'));
    await user.click(sendButton());

    await waitFor(() => expect(adapter.calls).toHaveLength(1));
    expect(adapter.calls[0]?.request.language).toBe('fr');
  });

  it('given a bad tag in languages, should leave it out, report it once, and still render', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender, personId } = renderPrompt({ languages: ['en', 'not a tag!', 'fr'] });

    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['English', 'Français']);
    expect(sendButton()).toBeVisible();
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(String(consoleError.mock.calls[0]?.[0])).toContain('"not a tag!"');

    rerender(<TwoFactorPrompt data-testid="prompt" personId={personId} languages={['en', 'not a tag!', 'fr']} className="again" />);
    expect(screen.getByTestId('prompt')).toHaveClass('again');
    expect(consoleError).toHaveBeenCalledTimes(1);
  });

  it('given only bad tags in languages, should offer English, report it, and still send', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const adapter = createMockAdapter();
    const { user } = renderPrompt({ languages: ['not a tag!', 'nor this?'] }, adapter);

    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['English']);
    expect(consoleError.mock.calls.map((call) => String(call[0]))).toContainEqual(expect.stringContaining('no valid language tag'));
    await user.click(sendButton());
    await waitFor(() => expect(adapter.calls).toHaveLength(1));
    expect(adapter.calls[0]?.request.language).toBe('en');
  });

  it('given the default languages, should name each option in its own language and mark it with lang', () => {
    renderPrompt();

    for (const [name, tag] of [
      ['English', 'en'],
      ['Français', 'fr'],
      ['Nederlands', 'nl'],
      ['Deutsch', 'de'],
    ] as const) {
      expect(screen.getByRole('option', { name })).toHaveAttribute('lang', tag);
    }
  });
});

describe('TwoFactorPrompt: the check before sending', () => {
  it('given a language the check refuses, should show its message at the select, send nothing, and clear it once a language is picked', async () => {
    const { user, adapter } = renderPrompt();
    // A value no option has (a tampered or scripted select): jsdom then leaves the select empty, which
    // the check refuses like any value that is not offered.
    fireEvent.change(languageSelect(), { target: { value: 'xx' } });

    await user.click(sendButton());

    await waitFor(() => expect(languageSelect()).toHaveAttribute('aria-invalid', 'true'));
    expect(languageSelect()).toHaveAccessibleDescription(/.+/);
    expect(adapter.calls).toHaveLength(0);

    await user.selectOptions(languageSelect(), 'Français');
    await waitFor(() => expect(languageSelect()).not.toHaveAttribute('aria-invalid'));
    await user.click(sendButton());
    await waitFor(() => expect(adapter.calls).toHaveLength(1));
    expect(adapter.calls[0]?.request).toMatchObject({ language: 'fr' });
  });

  it('given languages that grow after mount, should accept and send a language offered only now', async () => {
    const personId = nextPerson();
    const adapter = createMockAdapter();
    const { user, rerender } = renderWithTwoFactor(<TwoFactorPrompt personId={personId} languages={['en', 'fr']} />, { adapter });

    rerender(<TwoFactorPrompt personId={personId} languages={['en', 'fr', 'de']} />);
    await user.selectOptions(languageSelect(), 'Deutsch');
    await user.click(sendButton());

    await waitFor(() => expect(adapter.calls).toHaveLength(1));
    expect(adapter.calls[0]?.request).toMatchObject({ language: 'de' });
  });

  it('given languages that drop the chosen one after mount, should send the language the select now shows', async () => {
    const personId = nextPerson();
    const adapter = createMockAdapter();
    const { user, rerender } = renderWithTwoFactor(<TwoFactorPrompt personId={personId} languages={['en', 'fr', 'de']} />, { adapter });

    rerender(<TwoFactorPrompt personId={personId} languages={['fr', 'nl']} />);
    expect(languageSelect()).toHaveDisplayValue('Français');
    await user.click(sendButton());

    await waitFor(() => expect(adapter.calls).toHaveLength(1));
    expect(adapter.calls[0]?.request).toMatchObject({ language: 'fr' });
    expect(languageSelect()).not.toHaveAttribute('aria-invalid');
  });

  it('given mediums that drop the chosen one after mount, should send the medium now offered', async () => {
    const personId = nextPerson();
    const adapter = createMockAdapter();
    const { user, rerender } = renderWithTwoFactor(<TwoFactorPrompt personId={personId} />, { adapter });
    await user.click(mediumRadio('Text message (SMS)'));

    rerender(<TwoFactorPrompt personId={personId} mediums={['email']} />);
    expect(screen.getByText('The code will be sent by Email.')).toBeVisible();
    await user.click(sendButton());

    await waitFor(() => expect(adapter.calls).toHaveLength(1));
    expect(adapter.calls[0]?.request).toMatchObject({ medium: 'email' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('TwoFactorPrompt: server field errors', () => {
  const invalidBoth: MockAnswer = {
    type: 'invalid',
    issues: [
      { propertyName: 'Medium', message: "'Medium' must be 'email' or 'sms'." },
      { propertyName: 'command.Language', message: "'Language' is not a supported language." },
    ],
  };

  it('given Severity-0 failures on Medium and Language, should show each under its field and describe the field with it', async () => {
    const { user } = renderPrompt({}, createMockAdapter({ answers: invalidBoth }));
    await user.click(sendButton());

    const group = await screen.findByRole('group', { name: 'Send the code by' });
    for (const radio of within(group).getAllByRole('radio')) {
      expect(radio).toHaveAttribute('aria-invalid', 'true');
      expect(radio).toHaveAccessibleDescription("Error: 'Medium' must be 'email' or 'sms'.");
      const described = document.getElementById(radio.getAttribute('aria-describedby') ?? '');
      expect(described).toHaveTextContent("'Medium' must be 'email' or 'sms'.");
      expect(group).toContainElement(described);
    }

    const select = languageSelect();
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAccessibleDescription("Error: 'Language' is not a supported language.");
    const languageError = document.getElementById(select.getAttribute('aria-describedby') ?? '');
    expect(languageError).toHaveTextContent("'Language' is not a supported language.");
    expect(select.parentElement).toContainElement(languageError);

    // Then one line per field message, each a link that moves focus to its field.
    expect(summaryLines()).toEqual([
      'Check the highlighted fields and try again.',
      "'Medium' must be 'email' or 'sms'.",
      "'Language' is not a supported language.",
    ]);
    const link = within(screen.getByRole('alert')).getByRole('link', { name: "'Language' is not a supported language." });
    await user.click(link);
    expect(select).toHaveFocus();
  });

  it('given the HTTP answer with failures on Medium and command.Language, should mark both fields', async () => {
    server.use(answerWith(invalidMediumAndLanguage));
    const { user } = renderWithTwoFactor(<TwoFactorPrompt personId={nextPerson()} />, {
      adapter: createHttpAdapter({ baseUrl: fixtureBaseUrl }),
    });
    await user.click(sendButton());

    expect(await within(languageSelect().parentElement as HTMLElement).findByText("'Language' is not a supported language.")).toBeVisible();
    expect(languageSelect()).toHaveAccessibleDescription("Error: 'Language' is not a supported language.");
    expect(mediumRadio('Email')).toHaveAccessibleDescription("Error: 'Medium' must be 'email' or 'sms'.");
  });

  it('given failures on identifiers, unknown properties and ErrorMessages, should list them in the alert summary, not at a field, without a generic line above them', async () => {
    const answer: MockAnswer = {
      type: 'invalid',
      issues: [
        { propertyName: 'PersonId', message: 'No person has this id.' },
        { propertyName: 'command.ContextId', message: 'The context is closed.' },
        { propertyName: 'TwoFactorId', message: 'The two-factor id has expired.' },
        { propertyName: 'Contact.Phone', message: 'The person has no mobile number.' },
        { propertyName: '', message: 'The request is incomplete.' },
      ],
      formErrors: ['The person is locked.'],
    };
    const { user } = renderPrompt({}, createMockAdapter({ answers: answer }));
    await user.click(sendButton());

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The code could not be sent')).toBeVisible();
    expect(summaryLines()).toEqual([
      'The person has no mobile number.',
      'The request is incomplete.',
      'The person is locked.',
      'No person has this id.',
      'The context is closed.',
      'The two-factor id has expired.',
    ]);
    expect(languageSelect()).not.toHaveAttribute('aria-invalid');
    expect(mediumRadio('Email')).not.toHaveAttribute('aria-invalid');
  });

  it('given a failed send with both fields rejected, should move focus to the checked medium radio', async () => {
    const { user } = renderPrompt({}, createMockAdapter({ answers: invalidBoth }));
    await user.click(mediumRadio('Email'));
    await user.click(sendButton());

    await waitFor(() => expect(document.activeElement).toBe(mediumRadio('Email')));
  });

  it('given a failed send with only the language rejected, should move focus to the language select', async () => {
    const answer: MockAnswer = { type: 'invalid', issues: [{ propertyName: 'Language', message: 'Not this language.' }] };
    const { user } = renderPrompt({}, createMockAdapter({ answers: answer }));
    await user.click(sendButton());

    await waitFor(() => expect(document.activeElement).toBe(languageSelect()));
  });

  it('given one medium and failures on Medium and Language, should move focus to the language select', async () => {
    const { user } = renderPrompt({ mediums: ['email'] }, createMockAdapter({ answers: invalidBoth }));
    await user.click(sendButton());

    expect(await screen.findByText("'Medium' must be 'email' or 'sms'.")).toBeVisible();
    await waitFor(() => expect(document.activeElement).toBe(languageSelect()));
  });

  it('given a field failure with an empty message, should show the catalogue text at the field', async () => {
    const answer: MockAnswer = { type: 'invalid', issues: [{ propertyName: 'Language', message: ' ' }] };
    const { user } = renderPrompt({}, createMockAdapter({ answers: answer }));
    await user.click(sendButton());

    await waitFor(() => expect(languageSelect()).toHaveAccessibleDescription('Error: This value was not accepted.'));
  });
});

describe('TwoFactorPrompt: each error kind', () => {
  const serverText = 'The server says: not now.';
  // Whether the server's text is shown beside the kind's own sentence: only where it may be the specific reason.
  const cases = [
    ['unauthorized', 'You are not signed in, or your session has ended.', false],
    ['forbidden', 'Sending codes is not allowed right now. Try again later.', true],
    ['timeout', 'The server took too long to answer. Try again.', true],
    ['network', 'The server could not be reached. Check your connection and try again.', true],
    ['server', 'Something went wrong on our side. Try again later.', false],
    ['external', 'The message service failed to send the code. Try again later.', true],
    // An unreadable answer carries no server text: the mock reads it with the real reader.
    ['invalid-response', 'The server sent an answer we could not read. Try again later.', false],
  ] as const;

  it.each(cases)(
    'given a %s failure, should show its own message (and the server text: %s), then let the person send again',
    async (kind, friendly, withServerText) => {
      const adapter = createMockAdapter({
        answers: [
          // A failure that surely sent nothing: a timeout that may have sent holds the cooldown instead.
          { type: 'error', kind, formErrors: [serverText], maybeSent: false },
          { type: 'sent', hint: 'Sent at last.' },
        ],
      });
      const { user, root } = renderPrompt({}, adapter);

      await user.click(sendButton());
      await screen.findByRole('alert');
      expect(summaryLines()).toEqual(withServerText ? [friendly, serverText] : [friendly]);
      expect(root).toHaveAttribute('data-status', 'error');

      const button = sendButton();
      expect(button).toBeEnabled();
      expect(button).not.toHaveAttribute('aria-disabled');
      await user.click(button);

      expect(await screen.findByText('Sent at last.')).toBeVisible();
      expect(adapter.calls).toHaveLength(2);
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    },
  );

  it('given a failure without server text, should show the friendly message alone', async () => {
    const { user } = renderPrompt({}, createMockAdapter({ answers: { type: 'error', kind: 'server' } }));
    await user.click(sendButton());

    await screen.findByRole('alert');
    expect(summaryLines()).toEqual(['Something went wrong on our side. Try again later.']);
  });

  it("given a rate-limited failure, should say how long to wait in one sentence, without the gateway's, and cool down instead of sending again", async () => {
    const adapter = createMockAdapter({
      answers: [
        { type: 'error', kind: 'rate-limited', retryAfterSeconds: 12, formErrors: ['Rate limit is exceeded. Try again in 12 seconds.'] },
      ],
    });
    // A wait longer than the cooldown: the alert says the server's.
    const { user, root } = renderPrompt({ cooldownSeconds: 5 }, adapter);

    await user.click(sendButton());
    await screen.findByRole('alert');
    expect(summaryLines()).toEqual(['Too many attempts. Try again in 12 s.']);
    expect(root).toHaveAttribute('data-status', 'error');

    const button = screen.getByRole('button', { description: /^Try again in \d+ s$/ });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await user.click(button);
    expect(adapter.calls).toHaveLength(1);
  });

  it("given the gateway answers 429 with Retry-After over HTTP, should show the wait the button enforces, not the gateway's text", async () => {
    holdClock();
    server.use(
      answerWith({
        status: 429,
        body: { statusCode: 429, message: 'Rate limit is exceeded. Try again in 12 seconds.' },
        headers: { 'Retry-After': '12' },
      }),
    );
    const { user } = renderWithTwoFactor(<TwoFactorPrompt personId={nextPerson()} />, {
      adapter: createHttpAdapter({ baseUrl: fixtureBaseUrl }),
    });
    await user.click(sendButton());

    // Retry-After (12 s) is shorter than the default cooldown (30 s): the alert says the wait the button enforces.
    await screen.findByRole('alert');
    expect(summaryLines()).toEqual(['Too many attempts. Try again in 30 s.']);
    expect(sendButton('Try again in 30 s')).toBeVisible();
  });

  it('given a 429 with Retry-After: 0 and no cooldown, should say why nothing was sent and let the person try again', async () => {
    server.use(answerWith({ status: 429, body: { statusCode: 429, message: 'Rate limit is exceeded.' }, headers: { 'Retry-After': '0' } }));
    const { user, container } = renderWithTwoFactor(<TwoFactorPrompt personId={nextPerson()} cooldownSeconds={0} />, {
      adapter: createHttpAdapter({ baseUrl: fixtureBaseUrl }),
    });
    await user.click(sendButton());

    await screen.findByRole('alert');
    expect(summaryLines()).toEqual(['Too many attempts. Wait a moment, then try again.']);
    expect(container.querySelector('.rtf-prompt')).toHaveAttribute('data-status', 'error');
    expect(sendButton('Send code')).not.toHaveAttribute('aria-disabled');
  });

  it('given a 504 from the BFF that says MaybeSent, should say a code may have been sent and hold the button', async () => {
    server.use(answerWith({ status: 504, body: { MaybeSent: true } }));
    const { user } = renderWithTwoFactor(<TwoFactorPrompt personId={nextPerson()} />, {
      adapter: createHttpAdapter({ baseUrl: fixtureBaseUrl }),
    });
    await user.click(sendButton());

    await screen.findByRole('alert');
    expect(summaryLines()).toEqual([
      'Something went wrong on our side. Try again later.',
      'A code may have been sent. Check your messages before asking for another.',
    ]);
    expect(screen.getByRole('button', { description: /^Try again in \d+ s$/ })).toHaveAttribute('aria-disabled', 'true');
  });

  it('given the network fails over HTTP, should show the network message and send again on the next click', async () => {
    server.use(http.post(sendCodeUrl(fixtureBaseUrl), () => HttpResponse.error()));
    const { user } = renderWithTwoFactor(<TwoFactorPrompt personId={nextPerson()} />, {
      adapter: createHttpAdapter({ baseUrl: fixtureBaseUrl }),
    });
    await user.click(sendButton());
    await screen.findByRole('alert');
    expect(summaryLines()).toEqual(['The server could not be reached. Check your connection and try again.']);

    server.use(answerWith(sentWithHint));
    await user.click(sendButton());
    expect(await screen.findByText('A code was sent to +32 *** ** 12.')).toBeVisible();
  });
});

describe('TwoFactorPrompt: success', () => {
  it('given a send with Warning and Info issues, should show them as notes, not as an alert', async () => {
    const adapter = createMockAdapter({
      answers: {
        type: 'sent',
        hint: 'A code was sent to j***@example.com.',
        notes: [
          { propertyName: 'Language', message: 'English was used.', severity: 'warning' },
          { propertyName: 'Medium', message: 'SMS was used.', severity: 'info' },
        ],
      },
    });
    const { user } = renderPrompt({}, adapter);
    await user.click(sendButton());

    expect(await screen.findByRole('status')).toHaveTextContent('A code was sent to j***@example.com.');
    expect(screen.getByText('Please note')).toBeVisible();
    expect(screen.getByText('English was used.')).toBeVisible();
    expect(screen.getByText('SMS was used.')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(languageSelect()).not.toHaveAttribute('aria-invalid');
  });

  it('given the HTTP answer with a Severity-1 failure, should show the note next to the hint', async () => {
    server.use(answerWith(sentWithWarning));
    const { user } = renderWithTwoFactor(<TwoFactorPrompt personId={nextPerson()} />, {
      adapter: createHttpAdapter({ baseUrl: fixtureBaseUrl }),
    });
    await user.click(sendButton());

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('A code was sent to j***@example.com.'));
    expect(screen.getByText('The language "xx" is not supported; the code was sent in English.')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('given a send without a hint, should show the catalogue text in the status', async () => {
    const { user } = renderPrompt({}, createMockAdapter({ answers: { type: 'sent' } }));
    await user.click(sendButton());

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('A code is on its way.'));
  });
});

describe('TwoFactorPrompt: cooldown', () => {
  it('given a successful send, should count "Resend in 30 s" down and then offer "Resend code"', async () => {
    const timers = useCountdownTimers();
    const { user, adapter } = renderPrompt({}, createMockAdapter(), timers);

    await user.click(sendButton());
    await advance(0);
    expect(adapter.calls).toHaveLength(1);
    expect(sendButton('Resend in 30 s')).toHaveAttribute('aria-disabled', 'true');

    await advance(1000);
    expect(sendButton('Resend in 29 s')).toBeVisible();
    await advance(1000);
    expect(sendButton('Resend in 28 s')).toBeVisible();

    await user.click(sendButton('Resend in 28 s'));
    await advance(0);
    expect(adapter.calls).toHaveLength(1);

    await advance(28_000);
    const resend = sendButton('Resend code');
    expect(resend).not.toHaveAttribute('aria-disabled');
    await user.click(resend);
    await advance(0);
    expect(adapter.calls).toHaveLength(2);
  });
});

/**
 * Every countdown in the prompt as a sighted person reads it (its visually hidden texts left out) and the
 * button's description: the seconds each one says.
 */
function countdowns(root: HTMLElement): { onScreen: number[]; description: number[] } {
  const seen = root.cloneNode(true) as HTMLElement;
  for (const hidden of seen.querySelectorAll('.rtf-visually-hidden')) hidden.remove();
  const seconds = (text: string | null | undefined) => [...(text ?? '').matchAll(/(\d+) s(?![a-z])/g)].map((match) => Number(match[1]));
  const describedBy = within(root).getByRole('button').getAttribute('aria-describedby');
  return {
    onScreen: seconds(seen.textContent),
    description: seconds(describedBy ? document.getElementById(describedBy)?.textContent : undefined),
  };
}

describe('TwoFactorPrompt: one clock on screen', () => {
  it('given a click refused during the cooldown, should show the same seconds on the button, its description and the note, a second later one less on each, and no note once the wait ends', async () => {
    const timers = useCountdownTimers();
    const { user, root } = renderPrompt({}, createMockAdapter(), timers);
    await user.click(sendButton());
    await advance(0);
    await advance(3000);
    await user.click(sendButton(/^Resend in \d+ s$/));
    await advance(0);
    expect(root.querySelector('.rtf-refusal')).toHaveTextContent(/ask for another in \d+ s/);

    const first = countdowns(root);
    await advance(1000);
    const second = countdowns(root);
    expect(first.onScreen).toHaveLength(2);
    expect(new Set([...first.onScreen, ...first.description])).toEqual(new Set([27]));
    expect(new Set([...second.onScreen, ...second.description])).toEqual(new Set([26]));

    await advance(26_000);
    expect(countdowns(root)).toEqual({ onScreen: [], description: [] });
    expect(root.querySelector('.rtf-refusal')?.textContent ?? '').toBe('');
    expect(sendButton('Resend code')).not.toHaveAttribute('aria-disabled');
  });

  it('given a rate limit, should show the same seconds in the alert and on the button, one less a second later, and no alert once the wait ends', async () => {
    const timers = useCountdownTimers();
    const adapter = createMockAdapter({ answers: [{ type: 'error', kind: 'rate-limited', status: 429, retryAfterSeconds: 12 }] });
    const { user, root } = renderPrompt({ cooldownSeconds: 5 }, adapter, timers);
    await user.click(sendButton());
    await advance(0);
    const alert = screen.getByRole('alert');
    // Assistive technology hears the sentence once, as it appeared: a moving number in an alert would be re-announced.
    expect(alert).toHaveTextContent('Too many attempts. Try again in 12 s.');

    const first = countdowns(root);
    await advance(1000);
    const second = countdowns(root);
    expect(first.onScreen).toHaveLength(2);
    expect(new Set([...first.onScreen, ...first.description])).toEqual(new Set([12]));
    expect(new Set([...second.onScreen, ...second.description])).toEqual(new Set([11]));

    await advance(11_000);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(countdowns(root)).toEqual({ onScreen: [], description: [] });
    expect(sendButton('Send code')).not.toHaveAttribute('aria-disabled');
  });
});

describe('useTwoFactorPrompt: one clock in the headless result', () => {
  /** A host's own markup from the headless result: the summary's lines and the refusal, as plain text. */
  function renderHeadless(adapter: MockAdapter, cooldownSeconds: number, timers: ReturnType<typeof useCountdownTimers>) {
    return renderWithTwoFactor(
      <TwoFactorPrompt
        personId={nextPerson()}
        cooldownSeconds={cooldownSeconds}
        render={(prompt) => (
          <form onSubmit={prompt.submit}>
            <ul data-testid="summary">
              {prompt.errorSummary.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p data-testid="refusal">{prompt.refusal}</p>
            <button type="submit">Send</button>
          </form>
        )}
      />,
      { adapter, user: timers },
    );
  }
  const summary = () =>
    within(screen.getByTestId('summary'))
      .queryAllByRole('listitem')
      .map((item) => item.textContent);

  it("given a rate limit of 12 s, should count the summary's line down with the engine's clock and leave no line once the wait ends", async () => {
    const timers = useCountdownTimers();
    const adapter = createMockAdapter({ answers: [{ type: 'error', kind: 'rate-limited', status: 429, retryAfterSeconds: 12 }] });
    const { user } = renderHeadless(adapter, 5, timers);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await advance(0);
    expect(summary()).toEqual(['Too many attempts. Try again in 12 s.']);

    await advance(1000);
    expect(summary()).toEqual(['Too many attempts. Try again in 11 s.']);
    await advance(10_000);
    expect(summary()).toEqual(['Too many attempts. Try again in 1 s.']);
    await advance(1000);
    expect(summary()).toEqual([]);
  });

  it('given a click refused by the cooldown, should count the refusal down with the clock and clear it when the wait ends', async () => {
    const timers = useCountdownTimers();
    const { user } = renderHeadless(createMockAdapter(), 30, timers);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await advance(0);
    await advance(3000);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await advance(0);
    expect(screen.getByTestId('refusal')).toHaveTextContent('A code was just sent. You can ask for another in 27 s.');

    await advance(1000);
    expect(screen.getByTestId('refusal')).toHaveTextContent('A code was just sent. You can ask for another in 26 s.');
    await advance(26_000);
    expect(screen.getByTestId('refusal')).toBeEmptyDOMElement();
  });
});

describe('TwoFactorPrompt: one request per intent', () => {
  it('given a double click, should send exactly one request', async () => {
    // The answer waits at a gate: both clicks land while the send is in flight, however slow the machine is.
    const { adapter, open } = gated(createMockAdapter());
    const { user, root } = renderPrompt({}, adapter);

    await user.dblClick(sendButton());
    await waitFor(() => expect(root).toHaveAttribute('data-status', 'sending'));
    open();

    expect(await screen.findByText('A code was sent.')).toBeVisible();
    expect(adapter.calls).toHaveLength(1);
  });

  it('given a click while sending, should not send again', async () => {
    // The answer waits at a gate: "sending" holds however slow the machine is.
    const { adapter, open } = gated(createMockAdapter());
    const { user, root } = renderPrompt({}, adapter);

    await user.click(sendButton());
    await waitFor(() => expect(root).toHaveAttribute('data-status', 'sending'));
    const button = sendButton('Sending…');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await user.click(button);
    await user.keyboard('{Enter}');
    open();

    expect(await screen.findByText('A code was sent.')).toBeVisible();
    expect(adapter.calls).toHaveLength(1);
  });
});

describe('TwoFactorPrompt: untrusted server text', () => {
  it('given markup in server messages, should render it as text and create no element', async () => {
    server.use(answerWith(xssMessage));
    const { user, container } = renderWithTwoFactor(<TwoFactorPrompt personId={nextPerson()} />, {
      adapter: createHttpAdapter({ baseUrl: fixtureBaseUrl }),
    });
    await user.click(sendButton());

    await screen.findByRole('alert');
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
    expect(screen.getByText('Unknown person <img src=x onerror=alert(1)>')).toBeVisible();
    expect(container.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });
  it('given markup in a field message, should render it as text at the field', async () => {
    const markup = '<img src=x onerror=alert(1)>';
    const answer: MockAnswer = { type: 'invalid', issues: [{ propertyName: 'Language', message: markup }] };
    const { user, container } = renderPrompt({}, createMockAdapter({ answers: answer }));
    await user.click(sendButton());

    await waitFor(() => expect(languageSelect()).toHaveAccessibleDescription(`Error: ${markup}`));
    expect(within(languageSelect().parentElement as HTMLElement).getByText(markup)).toBeVisible();
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('TwoFactorPrompt: custom rendering', () => {
  it('given a render prop, should hand it the headless state and render only what it returns', async () => {
    const adapter = createMockAdapter();
    const personId = nextPerson();
    const { user } = renderWithTwoFactor(
      <TwoFactorPrompt
        data-testid="custom"
        personId={personId}
        render={(prompt) => (
          <button type="button" onClick={() => prompt.submit()}>
            Custom send ({prompt.status})
          </button>
        )}
      />,
      { adapter },
    );

    const custom = screen.getByTestId('custom');
    expect(within(custom).queryByRole('heading')).not.toBeInTheDocument();
    await user.click(within(custom).getByRole('button', { name: 'Custom send (idle)' }));

    expect(await within(custom).findByRole('button', { name: 'Custom send (sent)' })).toBeVisible();
    expect(custom).toHaveAttribute('data-status', 'sent');
    expect(adapter.calls[0]?.request).toMatchObject({ personId, medium: 'sms' });
  });

  it('given children as a function, should hand it the headless state and render only what it returns', async () => {
    const adapter = createMockAdapter();
    const { user } = renderWithTwoFactor(
      <TwoFactorPrompt data-testid="prompt" personId={nextPerson()}>
        {(prompt) => (
          <form onSubmit={prompt.submit}>
            <p>State: {prompt.status}</p>
            <button type="submit">Go</button>
          </form>
        )}
      </TwoFactorPrompt>,
      { adapter },
    );

    expect(screen.queryByRole('heading', { name: 'Send a verification code' })).not.toBeInTheDocument();
    expect(screen.getByText('State: idle')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Go' }));

    expect(await screen.findByText('State: sent')).toBeVisible();
    expect(adapter.calls).toHaveLength(1);
  });
});

describe('TwoFactorPrompt: the root element', () => {
  it('given a ref, className, style, data-* and dir, should pass them to the root div', () => {
    const ref = createRef<HTMLDivElement>();
    renderWithTwoFactor(
      <TwoFactorPrompt
        ref={ref}
        personId={nextPerson()}
        className="login-2fa"
        style={{ maxWidth: '20rem' }}
        data-testid="prompt"
        data-tracking="2fa"
        dir="rtl"
      />,
      { adapter: createMockAdapter() },
    );

    const root = screen.getByTestId('prompt');
    expect(ref.current).toBe(root);
    expect(root).toBeInstanceOf(HTMLDivElement);
    expect(root).toHaveClass('rtf-prompt', 'login-2fa');
    expect(root).toHaveStyle({ maxWidth: '20rem' });
    expect(root).toHaveAttribute('data-tracking', '2fa');
    expect(root).toHaveAttribute('dir', 'rtl');
  });

  it('given a send, should go data-status idle → sending → sent', async () => {
    const { adapter, open } = gated(createMockAdapter());
    const { user, root } = renderPrompt({}, adapter);
    expect(root).toHaveAttribute('data-status', 'idle');

    await user.click(sendButton());
    await waitFor(() => expect(root).toHaveAttribute('data-status', 'sending'));
    open();
    await waitFor(() => expect(root).toHaveAttribute('data-status', 'sent'));
  });

  it('given a failed send, should set data-status error', async () => {
    const { user, root } = renderPrompt({}, createMockAdapter({ answers: { type: 'error', kind: 'server' } }));
    await user.click(sendButton());

    await waitFor(() => expect(root).toHaveAttribute('data-status', 'error'));
  });

  it('given a remount during a cooldown, should set data-status cooling-down and show the countdown', async () => {
    holdClock();
    const personId = nextPerson();
    const adapter = createMockAdapter();
    const { user, rerender } = renderWithTwoFactor(<TwoFactorPrompt key="first" data-testid="prompt" personId={personId} />, { adapter });
    await user.click(sendButton());
    await waitFor(() => expect(screen.getByTestId('prompt')).toHaveAttribute('data-status', 'sent'));

    rerender(<TwoFactorPrompt key="second" data-testid="prompt" personId={personId} />);

    await waitFor(() => expect(screen.getByTestId('prompt')).toHaveAttribute('data-status', 'cooling-down'));
    expect(sendButton('Resend in 30 s')).toHaveAttribute('aria-disabled', 'true');
    expect(sendButton('Resend in 30 s')).toHaveAccessibleName('Resend code');
  });
});

describe('TwoFactorPrompt: texts', () => {
  it('given a partial messages override, should change only those texts', () => {
    renderPrompt({ messages: { send: 'Get my code' } });

    expect(sendButton('Get my code')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Send a verification code' })).toBeVisible();
    expect(mediumRadio('Email')).toBeVisible();
  });

  it('given an override with an undefined text, should keep the English text', () => {
    renderPrompt({ messages: { title: undefined, send: 'Get my code', errors: { server: undefined } } });

    expect(screen.getByRole('heading', { name: 'Send a verification code' })).toBeVisible();
    expect(screen.getByRole('form', { name: 'Send a verification code' })).toBeVisible();
    expect(sendButton('Get my code')).toBeVisible();
  });

  it('given an override with an undefined error text, should show the English one', async () => {
    const { user } = renderPrompt(
      { messages: { errors: { server: undefined } } },
      createMockAdapter({ answers: { type: 'error', kind: 'server' } }),
    );
    await user.click(sendButton());

    await screen.findByRole('alert');
    expect(summaryLines()).toEqual(['Something went wrong on our side. Try again later.']);
  });

  it('given the fr catalogue, should show French texts', async () => {
    const { user } = renderPrompt({ messages: fr }, createMockAdapter({ answers: { type: 'sent' } }));

    expect(screen.getByRole('heading', { name: 'Envoyer un code de vérification' })).toBeVisible();
    expect(screen.getByRole('group', { name: 'Envoyer le code par' })).toBeVisible();
    expect(screen.getByRole('radio', { name: 'E-mail' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Langue' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Envoyer le code' }));

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Un code est en route.'));
  });
});

describe('TwoFactorPrompt: callbacks', () => {
  it('given onSent, should call it with the result and the request', async () => {
    const onSent = vi.fn();
    const { user, personId } = renderPrompt(
      { onSent, contextId: 'ctx-2', twoFactorId: 'tf-2', defaultLanguage: 'fr' },
      createMockAdapter({ answers: { type: 'sent', hint: 'Check your inbox.' } }),
    );
    await user.click(mediumRadio('Email'));
    await user.click(sendButton());

    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(1));
    expect(onSent).toHaveBeenCalledWith(expect.objectContaining({ hint: 'Check your inbox.', notes: [] }), {
      personId,
      contextId: 'ctx-2',
      twoFactorId: 'tf-2',
      medium: 'email',
      language: 'fr',
    });
  });

  it('given onError, should call it with the TwoFactorError', async () => {
    const onError = vi.fn<(error: TwoFactorError) => void>();
    const { user } = renderPrompt({ onError }, createMockAdapter({ answers: { type: 'error', kind: 'forbidden', status: 403 } }));
    await user.click(sendButton());

    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ name: 'TwoFactorError', kind: 'forbidden', status: 403 });
  });
});

describe('TwoFactorPrompt: accessibility', () => {
  it('given the idle prompt, should have no axe violations', async () => {
    const { container } = renderPrompt();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('given field errors and a summary, should have no axe violations', async () => {
    const answer: MockAnswer = {
      type: 'invalid',
      issues: [
        { propertyName: 'Medium', message: 'Choose email or SMS.' },
        { propertyName: 'Language', message: 'Not this language.' },
        { propertyName: 'Contact.Phone', message: 'The person has no mobile number.' },
      ],
      formErrors: ['The person is locked.'],
    };
    const { user, container } = renderPrompt({}, createMockAdapter({ answers: answer }));
    await user.click(sendButton());
    await screen.findByRole('alert');

    expect(await axeViolations(container)).toEqual([]);
  });

  it('given a sent code with notes, should have no axe violations', async () => {
    const adapter = createMockAdapter({
      answers: { type: 'sent', hint: 'Sent.', notes: [{ propertyName: 'Language', message: 'English was used.', severity: 'warning' }] },
    });
    const { user, container } = renderPrompt({}, adapter);
    await user.click(sendButton());
    await screen.findByText('Sent.');

    expect(await axeViolations(container)).toEqual([]);
  });
});

// Exact commit counts are React 19's, the version this package is built on. React 18 (in the
// peer range; .ci/run runs this suite on it too) batches less: one more commit on mount and on a
// failed send. Its behaviour is covered by every other test of that run.
describe.skipIf(version.startsWith('18.'))('TwoFactorPrompt: render cost', () => {
  /** Commits of the Profiler tree, read and reset per interaction. */
  function profile() {
    const phases: string[] = [];
    const onRender: ProfilerOnRenderCallback = (_id, phase) => {
      phases.push(phase);
    };
    const take = () => phases.splice(0).join(',');
    return { onRender, take };
  }

  it('given each interaction, should commit the prompt a bounded number of times', async () => {
    const timers = useCountdownTimers();
    const { onRender, take } = profile();
    const adapter = createMockAdapter({
      answers: [
        { type: 'error', kind: 'server' },
        { type: 'sent', hint: 'Sent.' },
      ],
    });
    const { user } = renderWithTwoFactor(
      <Profiler id="form" onRender={onRender}>
        <TwoFactorPrompt personId={nextPerson()} />
      </Profiler>,
      { adapter, user: timers },
    );
    await advance(0);
    // One commit: the form is a react-hook-form control, without `useForm`'s `isReady` update after mount.
    expect(take()).toBe('mount');

    // The fields are uncontrolled (react-hook-form): picking does not render.
    await user.click(mediumRadio('Email'));
    await advance(0);
    expect(take()).toBe('');
    await user.selectOptions(languageSelect(), 'Deutsch');
    await advance(0);
    expect(take()).toBe('');

    // At most three commits a send: "Sending…" as the engine takes the send, react-query's pending state,
    // then the result, the engine's cooldown and react-query's answer each publishing on their own
    // schedule (one more than a bare useMutation form; no layer holds one back to merge them). The form
    // state react-hook-form updates on submit renders nothing: the prompt reads only its error messages.
    // `advance(1)`: react-query publishes with a 0 ms timer, which fake timers set 1 ms on inside a tick.
    await user.click(sendButton());
    await advance(1);
    expect(screen.getByRole('alert')).toBeVisible();
    expect(take().split(',').length).toBeLessThanOrEqual(3);

    await user.click(sendButton());
    await advance(1);
    expect(screen.getByRole('status')).toHaveTextContent('Sent.');
    expect(take().split(',').length).toBeLessThanOrEqual(3);

    for (const seconds of [29, 28, 27]) {
      await advance(1000);
      expect(sendButton(`Resend in ${seconds} s`)).toBeVisible();
      expect(take()).toBe('update');
    }

    await advance(26_000);
    expect(sendButton('Resend in 1 s')).toBeVisible();
    take();
    // The end: the send hook's cooldown ends and the label, which counts in its render (not in an
    // effect after it), follows in the same commit.
    await advance(1000);
    expect(sendButton('Resend code')).toBeVisible();
    expect(take()).toBe('update');
  });

  it('given a successful send, should commit the hint and the countdown together, never the hint with a stale label', async () => {
    const timers = useCountdownTimers();
    // What the person sees at each commit: the root's status, the button's label and the hint.
    const seen: string[] = [];
    const onRender: ProfilerOnRenderCallback = () => {
      const root = screen.getByTestId('prompt');
      seen.push(
        `${root.dataset.status} | ${screen.getByRole('button').querySelector('[aria-hidden]')?.textContent ?? screen.getByRole('button').textContent} | ${screen.getByRole('status').textContent}`,
      );
    };
    const { user } = renderWithTwoFactor(
      <Profiler id="form" onRender={onRender}>
        <TwoFactorPrompt data-testid="prompt" personId={nextPerson()} />
      </Profiler>,
      { adapter: createMockAdapter({ answers: { type: 'sent', hint: 'Sent.' } }), user: timers },
    );
    await advance(0);
    seen.length = 0;

    await user.click(sendButton());
    await advance(1);

    // What changes on screen, commit by commit (a commit that changes nothing visible is left out).
    const changes = seen.filter((shown, index) => shown !== seen[index - 1]);
    expect(changes).toEqual(['sending | Sending… | ', 'sent | Resend in 30 s | Sent.']);
  });

  it('given a cooldown tick, should re-render only the button label, not the form', async () => {
    // A Profiler reports that its tree committed, not which components rendered,
    // so the Profiler alone cannot tell a label-only tick from a form render.
    // The catalogue's functions can: with one medium the form calls
    // `singleMedium` on each of its renders, and only the button label calls
    // `resendIn`. Both are counted per tick next to the Profiler's commits.
    const timers = useCountdownTimers();
    const { onRender, take } = profile();
    const singleMedium = vi.fn((mediumName: string) => `The code will be sent by ${mediumName}.`);
    const resendIn = vi.fn((seconds: number) => `Resend in ${seconds} s`);
    const { user } = renderWithTwoFactor(
      <Profiler id="form" onRender={onRender}>
        <TwoFactorPrompt personId={nextPerson()} mediums={['email']} messages={{ singleMedium, resendIn }} />
      </Profiler>,
      { adapter: createMockAdapter(), user: timers },
    );
    await user.click(sendButton());
    await advance(0);
    expect(sendButton('Resend in 30 s')).toBeVisible();
    expect(singleMedium).toHaveBeenCalled();
    take();

    for (const seconds of [29, 28, 27, 26, 25]) {
      singleMedium.mockClear();
      resendIn.mockClear();
      await advance(1000);
      expect(sendButton(`Resend in ${seconds} s`)).toBeVisible();
      expect(take()).toBe('update');
      expect(resendIn).toHaveBeenCalledTimes(1);
      expect(singleMedium).not.toHaveBeenCalled();
    }
  });
});
