import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse, http } from 'msw';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { getTwoFactorEngine, personKey } from '../src/core/index.js';
import { TwoFactorPrompt } from '../src/index.js';
import { createMockAdapter, type MockAdapter } from '../src/testing/index.js';
import {
  type AnswerFixture,
  externalError,
  gatewayMissingKey,
  gatewayQuota,
  gatewayRateLimited,
  htmlBadGateway,
  invalidPersonId,
  mixedFieldAndFormErrors,
  sentWithHint,
  sentWithWarning,
  xssMessage,
} from '../test/fixtures/answers.js';
import { answerWith, fixtureBaseUrl, sendCodeUrl, toHttpResponse } from '../test/fixtures/handlers.js';
import { answerToSendRequests, genericRuleFailures, rateLimitedNoWait, sentByEmailWithHint, truncatedJson } from './fixtures.js';
import {
  advanceClock,
  type CatalogueKey,
  catalogue,
  catalogues,
  demoIds,
  demoSubscriptionKey,
  directionOf,
  holdClock,
  releaseClock,
  settle,
  withTwoFactorProvider,
} from './support.js';

/** A handler that answers with `fixture` and records what reached it: the play functions count requests with it. */
function recordingHandler(fixture: AnswerFixture, { delayMs }: { delayMs?: number } = {}) {
  const seen = { requests: 0, bodies: [] as unknown[], subscriptionKeys: [] as Array<string | null> };
  const handler = http.post(sendCodeUrl(fixtureBaseUrl), async ({ request }) => {
    seen.requests += 1;
    seen.bodies.push(await request.json());
    seen.subscriptionKeys.push(request.headers.get('Ocp-Apim-Subscription-Key'));
    if (delayMs !== undefined) await delay(delayMs);
    return toHttpResponse(fixture);
  });
  const reset = () => {
    seen.requests = 0;
    seen.bodies.length = 0;
    seen.subscriptionKeys.length = 0;
  };
  return { handler, seen, reset };
}

const languageOptions = ['en', 'en-GB', 'fr', 'fr-BE', 'nl', 'nl-BE', 'de', 'de-CH', 'ar'];

const meta = {
  title: 'Components/TwoFactorPrompt',
  component: TwoFactorPrompt,
  tags: ['autodocs'],
  decorators: [withTwoFactorProvider],
  parameters: {
    docs: {
      description: {
        component:
          'Every story drives the real HTTP adapter (`createHttpAdapter`) against Mock Service Worker answering with the contract fixtures of `test/fixtures`; the last stories use `createMockAdapter` the way a consumer tests. Switch mediums, languages, texts and the cooldown in Controls.',
      },
    },
  },
  args: {
    ...demoIds,
    mediums: ['sms', 'email'],
    defaultMedium: 'sms',
    languages: ['en', 'fr', 'nl', 'de'],
    cooldownSeconds: 30,
    messages: catalogue('en'),
    onSent: fn(),
    onError: fn(),
  },
  argTypes: {
    personId: { control: false },
    contextId: { control: false },
    twoFactorId: { control: false },
    mediums: { control: 'check', options: ['sms', 'email'] },
    defaultMedium: { control: 'inline-radio', options: ['sms', 'email'] },
    languages: { control: 'check', options: languageOptions },
    defaultLanguage: { control: 'select', options: [undefined, ...languageOptions] },
    messages: { control: 'select', options: Object.keys(catalogues) as CatalogueKey[], mapping: catalogues },
    cooldownSeconds: { control: { type: 'number', min: 0, step: 5 } },
    timeoutMs: { control: { type: 'number', min: 100, step: 100 } },
    adapter: { control: false },
    render: { control: false },
    children: { control: false },
  },
} satisfies Meta<typeof TwoFactorPrompt>;

export default meta;
type Story = StoryObj<typeof meta>;

// ---------------------------------------------------------------------------
// Play helpers: what a person does, found the way a person finds it.

const promptRoot = (canvasElement: HTMLElement) => {
  const root = canvasElement.querySelector<HTMLElement>('.rtf-prompt');
  if (!root) throw new Error('The prompt is not rendered.');
  return root;
};

async function pickEmailAndLanguage(canvasElement: HTMLElement, language: string) {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('radio', { name: 'Email' }));
  await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Language' }), language);
}

async function clickSend(canvasElement: HTMLElement) {
  await userEvent.click(within(canvasElement).getByRole('button'));
}

/** Clicks Send and waits for the error summary a person sees; returns it. */
async function sendAndFindAlert(canvasElement: HTMLElement) {
  await clickSend(canvasElement);
  return within(canvasElement).findByRole('alert', {}, { timeout: 3000 });
}

// ---------------------------------------------------------------------------
// Idle

/** The prompt as a portal first shows it: SMS or email, the default languages, each named in itself. */
export const Idle: Story = {
  parameters: { msw: { handlers: [answerWith(sentWithHint)] } },
};

/** Regional language tags chosen by the host, with a default language: each option is named in its own language. */
export const IdleCustomLanguages: Story = {
  args: { languages: ['en-GB', 'fr-BE', 'nl-BE', 'de-CH'], defaultLanguage: 'nl-BE' },
  parameters: { msw: { handlers: [answerWith(sentWithHint)] } },
  play: async ({ canvasElement }) => {
    const select = within(canvasElement).getByRole('combobox', { name: 'Language' });
    await expect(select).toHaveValue('nl-BE');
    await expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.getAttribute('value')),
    ).toEqual(['en-GB', 'fr-BE', 'nl-BE', 'de-CH']);
  },
};

// ---------------------------------------------------------------------------
// Sending and sent

/** The server never answers: the button says "Sending…" and refuses a second click. */
export const Sending: Story = {
  parameters: { msw: { handlers: [answerWith(sentWithHint, { delayMs: Number.POSITIVE_INFINITY })] } },
  play: async ({ canvasElement }) => {
    await clickSend(canvasElement);
    const button = within(canvasElement).getByRole('button');
    await waitFor(() => expect(button).toHaveTextContent('Sending…'));
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(promptRoot(canvasElement)).toHaveAttribute('data-status', 'sending');
  },
};

const sentRecorder = recordingHandler(sentByEmailWithHint);

/** The person picks email and Dutch, sends; the server's hint names the masked address in the status region and the resend cooldown starts. */
export const SentWithHint: Story = {
  parameters: { msw: { handlers: [sentRecorder.handler] } },
  beforeEach: () => {
    sentRecorder.reset();
    return holdClock();
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await pickEmailAndLanguage(canvasElement, 'nl');
    await clickSend(canvasElement);

    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('A code was sent to j***@example.com.'));
    const button = canvas.getByRole('button');
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveAccessibleDescription('Resend in 30 s');
    await expect(promptRoot(canvasElement)).toHaveAttribute('data-status', 'sent');
    releaseClock();

    // What reached the server: the contract's PascalCase body and the gateway key.
    await expect(sentRecorder.seen.bodies).toEqual([
      { PersonId: demoIds.personId, Language: 'nl', ContextId: demoIds.contextId, TwoFactorId: demoIds.twoFactorId, Medium: 'email' },
    ]);
    await expect(sentRecorder.seen.subscriptionKeys).toEqual([demoSubscriptionKey]);
    await expect(args.onSent).toHaveBeenCalledWith(expect.objectContaining({ hint: 'A code was sent to j***@example.com.' }), {
      ...demoIds,
      medium: 'email',
      language: 'nl',
    });
  },
};

/** A Severity-1 (Warning) failure does not block: the code was sent, and the warning shows as a note. */
export const SentWithWarning: Story = {
  parameters: { msw: { handlers: [answerWith(sentWithWarning)] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await pickEmailAndLanguage(canvasElement, 'fr');
    await clickSend(canvasElement);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('A code was sent to j***@example.com.'));
    await expect(canvas.getByText('Please note')).toBeVisible();
    await expect(canvas.getByText('The language "xx" is not supported; the code was sent in English.')).toBeVisible();
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

// ---------------------------------------------------------------------------
// Validation errors

/**
 * The demo server checks what was sent: it has no email address for this person and does not send in French.
 * Each refusal shows at its field in the rule's own words, the fields are invalid, focus goes to the first.
 */
export const ValidationErrorsOnMediumAndLanguage: Story = {
  parameters: { msw: { handlers: [answerToSendRequests()] } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await pickEmailAndLanguage(canvasElement, 'fr');
    const alert = await sendAndFindAlert(canvasElement);
    await expect(alert).toHaveTextContent('Check the highlighted fields and try again.');

    const email = canvas.getByRole('radio', { name: 'Email' });
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription('Error: This person has no email address on file. Choose a text message.');
    const language = canvas.getByRole('combobox', { name: 'Language' });
    await expect(language).toHaveAttribute('aria-invalid', 'true');
    await expect(language).toHaveAccessibleDescription("Error: 'Language' is not a supported language.");
    await waitFor(() => expect(email).toHaveFocus());
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'validation' }));

    // The person takes SMS and Dutch: the server accepts both, and no refusal is left on screen.
    await userEvent.click(canvas.getByRole('radio', { name: 'Text message (SMS)' }));
    await userEvent.selectOptions(language, 'nl');
    await clickSend(canvasElement);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('A code was sent to +32 *** ** 12.'));
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(canvas.queryByText(/no email address/)).toBeNull();
  },
};

/**
 * FluentValidation's built-in rules answer with generic messages written for developers
 * (`'Medium' must not be empty.`): the catalogue's `serverErrors` say it in the person's words instead.
 */
export const ValidationErrorsInServerDefaults: Story = {
  parameters: { msw: { handlers: [answerWith(genericRuleFailures)] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await sendAndFindAlert(canvasElement);
    await expect(canvas.getByRole('radio', { name: 'Text message (SMS)' })).toHaveAccessibleDescription(
      'Error: Choose how you want to receive the code.',
    );
    await expect(canvas.getByRole('combobox', { name: 'Language' })).toHaveAccessibleDescription('Error: Choose a language from the list.');
    await expect(canvasElement).not.toHaveTextContent(/'Medium'|'Language'/);
  },
};

/** A failure on `PersonId` is not something the person can fix in this form: it shows in the summary, alone (the server's reason is the specific one), no field is marked. */
export const ErrorOnPersonId: Story = {
  parameters: { msw: { handlers: [answerWith(invalidPersonId)] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await sendAndFindAlert(canvasElement);
    await expect(alert).toHaveTextContent('No person has this id.');
    await expect(alert).not.toHaveTextContent('The request was refused.');
    await expect(canvas.getByRole('radio', { name: 'Text message (SMS)' })).not.toHaveAttribute('aria-invalid');
    await expect(canvas.getByRole('combobox', { name: 'Language' })).not.toHaveAttribute('aria-invalid');
  },
};

/** A field failure (`MEDIUM`), failures on properties the UI does not own and `ErrorMessages`: the first inline, the rest in the summary; the Warning is not shown. */
export const MixedFieldAndFormErrors: Story = {
  parameters: { msw: { handlers: [answerWith(mixedFieldAndFormErrors)] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await sendAndFindAlert(canvasElement);
    for (const text of [
      'The person has no mobile number.',
      'The first item is invalid.',
      'The request is incomplete.',
      'The person is locked.',
    ]) {
      await expect(alert).toHaveTextContent(text);
    }
    const sms = canvas.getByRole('radio', { name: 'Text message (SMS)' });
    await expect(sms).toHaveAttribute('aria-invalid', 'true');
    await expect(sms).toHaveAccessibleDescription('Error: Choose email or SMS.');
    await expect(canvas.getByRole('combobox', { name: 'Language' })).not.toHaveAttribute('aria-invalid');
    await expect(canvas.queryByText('English was used.')).toBeNull();
  },
};

// ---------------------------------------------------------------------------
// Failures of the send

/** The SMS provider refused the message (`ExternalError` in a 200). */
export const ExternalError: Story = {
  parameters: { msw: { handlers: [answerWith(externalError)] } },
  play: async ({ canvasElement }) => {
    const alert = await sendAndFindAlert(canvasElement);
    await expect(alert).toHaveTextContent('The code could not be sent');
    await expect(alert).toHaveTextContent('The message service failed to send the code. Try again later.');
    await expect(alert).toHaveTextContent('The SMS provider did not accept the message.');
  },
};

/** API Management's own 401 for a missing subscription key. */
export const Unauthorized: Story = {
  parameters: { msw: { handlers: [answerWith(gatewayMissingKey)] } },
  play: async ({ canvasElement, args }) => {
    const alert = await sendAndFindAlert(canvasElement);
    await expect(alert).toHaveTextContent('You are not signed in, or your session has ended.');
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'unauthorized', status: 401 }));
  },
};

/**
 * The gateway's 429 with `Retry-After: 12`: the summary names the wait and the
 * button counts it down. `cooldownSeconds` is 10 here: the wait is the longer
 * of the two, so with the default 30 the button would count from 30.
 */
export const RateLimited: Story = {
  args: { cooldownSeconds: 10 },
  parameters: { msw: { handlers: [answerWith(gatewayRateLimited)] } },
  beforeEach: holdClock,
  play: async ({ canvasElement }) => {
    const alert = await sendAndFindAlert(canvasElement);
    await expect(alert).toHaveTextContent('Too many attempts. Try again in 12 s.');
    // One sentence: the gateway's own "Rate limit is exceeded…" is not repeated beside it.
    await expect(alert).not.toHaveTextContent('Rate limit is exceeded');
    const button = within(canvasElement).getByRole('button');
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveAccessibleDescription('Try again in 12 s');
    advanceClock(2000);
    await waitFor(() => expect(button).toHaveAccessibleDescription('Try again in 10 s'), { timeout: 10_000 });
    releaseClock();
  },
};

/** The gateway's 429 with `Retry-After: 0`, and no cooldown of the host's: nothing to wait for, yet the person is told why nothing was sent. */
export const RateLimitedWithoutWait: Story = {
  args: { cooldownSeconds: 0 },
  parameters: { msw: { handlers: [answerWith(rateLimitedNoWait)] } },
  play: async ({ canvasElement }) => {
    const alert = await sendAndFindAlert(canvasElement);
    await expect(alert).toHaveTextContent('Too many attempts. Wait a moment, then try again.');
    await expect(promptRoot(canvasElement)).toHaveAttribute('data-status', 'error');
    await expect(within(canvasElement).getByRole('button')).not.toHaveAttribute('aria-disabled');
  },
};

/** The gateway's 403: the call volume quota is used up. */
export const QuotaExceeded: Story = {
  parameters: { msw: { handlers: [answerWith(gatewayQuota)] } },
  play: async ({ canvasElement }) => {
    const alert = await sendAndFindAlert(canvasElement);
    await expect(alert).toHaveTextContent('Sending codes is not allowed right now. Try again later.');
    await expect(alert).toHaveTextContent('Out of call volume quota.');
  },
};

/** A proxy's HTML 502 page: a friendly message, never the page's markup. */
export const ServerError: Story = {
  parameters: { msw: { handlers: [answerWith(htmlBadGateway)] } },
  play: async ({ canvasElement }) => {
    const alert = await sendAndFindAlert(canvasElement);
    await expect(alert).toHaveTextContent('Something went wrong on our side. Try again later.');
    await expect(alert).not.toHaveTextContent('nginx');
  },
};

/**
 * The adapter's `timeoutMs` is 300 ms and the server never answers. The request had left, so the code may
 * have gone out: the person is told so, and the cooldown holds the button against a second SMS.
 */
export const Timeout: Story = {
  parameters: {
    twoFactor: { adapterOptions: { timeoutMs: 300 } },
    msw: { handlers: [answerWith(sentWithHint, { delayMs: Number.POSITIVE_INFINITY })] },
  },
  play: async ({ canvasElement }) => {
    const alert = await sendAndFindAlert(canvasElement);
    await expect(alert).toHaveTextContent('The server took too long to answer. Try again.');
    await expect(alert).toHaveTextContent('A code may have been sent.');
    await expect(within(canvasElement).getByRole('button')).toHaveAttribute('aria-disabled', 'true');
  },
};

/** The request never gets an answer (offline, DNS, or a CORS failure). */
export const NetworkDown: Story = {
  parameters: { msw: { handlers: [http.post(sendCodeUrl(fixtureBaseUrl), () => HttpResponse.error())] } },
  play: async ({ canvasElement }) => {
    const alert = await sendAndFindAlert(canvasElement);
    await expect(alert).toHaveTextContent('The server could not be reached. Check your connection and try again.');
  },
};

/** A 200 whose JSON is cut off. */
export const InvalidResponse: Story = {
  parameters: { msw: { handlers: [answerWith(truncatedJson)] } },
  play: async ({ canvasElement }) => {
    const alert = await sendAndFindAlert(canvasElement);
    await expect(alert).toHaveTextContent('The server sent an answer we could not read. Try again later.');
  },
};

/** Server messages holding markup are shown as text, never as HTML. */
export const UntrustedServerText: Story = {
  parameters: { msw: { handlers: [answerWith(xssMessage)] } },
  play: async ({ canvasElement }) => {
    const alert = await sendAndFindAlert(canvasElement);
    await expect(alert).toHaveTextContent('Unknown person <img src=x onerror=alert(1)>');
    await expect(canvasElement.querySelector('img')).toBeNull();
  },
};

// ---------------------------------------------------------------------------
// Cooldown and repeated clicks

const cooldownRecorder = recordingHandler(sentWithHint);

/** After a send the button counts down; clicking it then sends nothing. */
export const CoolingDownAfterSend: Story = {
  parameters: { msw: { handlers: [cooldownRecorder.handler] } },
  beforeEach: () => {
    cooldownRecorder.reset();
    return holdClock();
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await clickSend(canvasElement);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('A code was sent to +32 *** ** 12.'));
    const button = canvas.getByRole('button');
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveAccessibleDescription('Resend in 30 s');
    advanceClock(1000);
    await waitFor(() => expect(button).toHaveAccessibleDescription('Resend in 29 s'), { timeout: 10_000 });
    releaseClock();
    await userEvent.click(button);
    await settle();
    await expect(cooldownRecorder.seen.requests).toBe(1);
  },
};

/** A cooldown restored after a reload: a code went out 10 s before the page loaded. */
export const CoolingDownAfterReload: Story = {
  parameters: { msw: { handlers: [answerWith(sentWithHint)] } },
  beforeEach: () => {
    const release = holdClock();
    getTwoFactorEngine().startCooldown(personKey(demoIds.personId, demoIds.contextId), 20);
    return release;
  },
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button');
    await waitFor(() => expect(promptRoot(canvasElement)).toHaveAttribute('data-status', 'cooling-down'));
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveAccessibleDescription('Resend in 20 s');
    releaseClock();
  },
};

const doubleClickRecorder = recordingHandler(sentWithHint, { delayMs: 300 });

/** A double click on Send: exactly one request reaches the server. */
export const DoubleClick: Story = {
  parameters: { msw: { handlers: [doubleClickRecorder.handler] } },
  beforeEach: () => doubleClickRecorder.reset(),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.dblClick(canvas.getByRole('button'));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('A code was sent to +32 *** ** 12.'));
    await userEvent.click(canvas.getByRole('button'));
    await settle();
    await expect(doubleClickRecorder.seen.requests).toBe(1);
  },
};

// ---------------------------------------------------------------------------
// Variants

/** One medium only: a sentence instead of a choice. */
export const OneMediumOnly: Story = {
  args: { mediums: ['email'], defaultMedium: 'email' },
  parameters: { msw: { handlers: [answerWith(sentWithHint)] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('The code will be sent by Email.')).toBeVisible();
    await expect(canvas.queryByRole('radio')).toBeNull();
  },
};

/** Helper for the right-to-left stories: the shipped catalogue in a `dir="rtl"` page of its language. */
function rightToLeftStory(key: 'ar' | 'he', title: string, languageLabel: string): Story {
  return {
    args: { languages: [key, 'en', 'fr'], defaultLanguage: key, messages: catalogue(key) },
    decorators: [
      (Story) => (
        <div dir="rtl" lang={key}>
          <Story />
        </div>
      ),
    ],
    parameters: { msw: { handlers: [answerWith(sentWithHint)] } },
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      await expect(canvas.getByRole('heading', { name: title })).toBeVisible();
      await expect(canvas.getByRole('combobox', { name: languageLabel })).toHaveValue(key);
      await clickSend(canvasElement);
      // The server's left-to-right hint keeps its order in the right-to-left page: "+32" is drawn left of "12".
      const hint = await waitFor(() => {
        const found = canvasElement.querySelector('.rtf-hint bdi');
        if (!found?.firstChild) throw new Error('no hint yet');
        return found.firstChild as Text;
      });
      const box = (part: string) => {
        const range = document.createRange();
        const start = hint.data.indexOf(part);
        range.setStart(hint, start);
        range.setEnd(hint, start + part.length);
        return range.getBoundingClientRect();
      };
      // Isolated in a <bdi>, with the masked number joined by no-break spaces.
      await expect(hint.data).toBe('A code was sent to +32\u00a0***\u00a0**\u00a012.');
      await expect(box('+32').left).toBeLessThan(box('12.').left);
      // At 320 px the sentence may wrap before the (unbreakable) number: then "A code" is on the line above.
      const sentence = box('A code');
      const number = box('+32');
      await expect(sentence.bottom <= number.top || sentence.left < number.left).toBe(true);
    },
  };
}

/** A right-to-left page (`dir="rtl"`, `lang="ar"`) with the shipped Arabic catalogue. */
export const RightToLeftArabic: Story = rightToLeftStory('ar', 'إرسال رمز التحقق', 'اللغة');

/** A right-to-left page (`dir="rtl"`, `lang="he"`) with the shipped Hebrew catalogue. */
export const RightToLeftHebrew: Story = rightToLeftStory('he', 'שליחת קוד אימות', 'שפה');

/** Every shipped catalogue side by side, each in a page of its language and direction: the list of locales drives it. */
export const AllLanguages: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '2rem', gridTemplateColumns: 'repeat(auto-fill, minmax(min(20rem, 100%), 1fr))' }}>
      {Object.entries(catalogues).map(([key, messages]) => (
        <section key={key} lang={messages.locale} dir={directionOf(messages.locale)} aria-label={key}>
          <TwoFactorPrompt {...args} personId={`${demoIds.personId}-${key}`} messages={messages} />
        </section>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const [key, messages] of Object.entries(catalogues)) {
      await expect(within(canvas.getByRole('region', { name: key })).getByRole('heading', { level: 2 })).toHaveTextContent(messages.title);
    }
  },
};

/** Helper for the shipped-catalogue stories: the page's `lang`, and the catalogue's title as the check. */
function localeStory(key: CatalogueKey, lang: string, title: string, defaultLanguage?: string): Story {
  return {
    args: { messages: catalogue(key), ...(defaultLanguage && { defaultLanguage }) },
    decorators: [
      (Story) => (
        <div lang={lang}>
          <Story />
        </div>
      ),
    ],
    parameters: { msw: { handlers: [answerWith(sentWithHint)] } },
    play: async ({ canvasElement }) => {
      await expect(within(canvasElement).getByRole('heading', { level: 2 })).toHaveTextContent(title);
    },
  };
}

/** The shipped French catalogue. */
export const French: Story = localeStory('fr', 'fr', 'Envoyer un code de vérification', 'fr');

/** The shipped Dutch catalogue. */
export const Dutch: Story = localeStory('nl', 'nl', 'Verificatiecode versturen', 'nl');

/** The shipped German catalogue. */
export const German: Story = localeStory('de', 'de', 'Bestätigungscode senden', 'de');

/** The pseudo-locale: accented, 40% longer, bracketed English, to catch hard-coded text and layouts that break on long translations. */
export const PseudoLocale: Story = localeStory('pseudo', 'en', '⟦Šéñd á vérífíçátíóñ çódé');

const darkPage: Decorator = (Story) => (
  <div data-theme="dark" style={{ background: '#0d1117', color: '#e6edf3', padding: '2rem' }}>
    <Story />
  </div>
);

/** `data-theme="dark"` on a dark page. */
export const DarkTheme: Story = {
  decorators: [darkPage],
  parameters: { msw: { handlers: [answerWith(sentWithHint)] } },
};

/** The dark theme with inline errors and a summary, so their colours are checked too. */
export const DarkThemeWithErrors: Story = {
  decorators: [darkPage],
  parameters: { msw: { handlers: [answerWith(mixedFieldAndFormErrors)] } },
  play: async ({ canvasElement }) => {
    const alert = await sendAndFindAlert(canvasElement);
    await expect(alert).toHaveTextContent('The person is locked.');
  },
};

/** The dark theme with a sent code and a Warning note. */
export const DarkThemeSentWithWarning: Story = {
  decorators: [darkPage],
  parameters: { msw: { handlers: [answerWith(sentWithWarning)] } },
  play: async ({ canvasElement }) => {
    await clickSend(canvasElement);
    await waitFor(() => expect(within(canvasElement).getByRole('status')).toHaveTextContent('A code was sent to j***@example.com.'));
  },
};

/** A small phone (320 px wide) with the long pseudo-locale texts and errors. */
export const Mobile: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  args: { messages: catalogue('pseudo') },
  parameters: { msw: { handlers: [answerWith(mixedFieldAndFormErrors)] } },
  play: async ({ canvasElement }) => {
    const alert = await sendAndFindAlert(canvasElement);
    await expect(alert).toHaveTextContent('The person is locked.');
    await expect(canvasElement.ownerDocument.defaultView?.innerWidth).toBe(320);
    // Nothing wider than the screen: no horizontal scrolling on a phone.
    const root = promptRoot(canvasElement);
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
  },
};

// ---------------------------------------------------------------------------
// Testing with createMockAdapter: how a consumer tests without a network.

/** The mock adapter a story loaded, for its play function. */
const loadedMock = (loaded: Record<string, unknown>) => loaded.adapter as MockAdapter;

/**
 * `createMockAdapter` scripts answers and records calls:
 * `expect(adapter.calls[0].request).toEqual({ personId, medium: 'email', … })`.
 */
export const MockAdapterSent: Story = {
  loaders: [
    () => ({ adapter: createMockAdapter({ answers: { type: 'sent', hint: 'A code was sent to j***@example.com.' }, delayMs: 200 }) }),
  ],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await pickEmailAndLanguage(canvasElement, 'de');
    await clickSend(canvasElement);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('A code was sent to j***@example.com.'));
    const adapter = loadedMock(loaded);
    await expect(adapter.calls).toHaveLength(1);
    await expect(adapter.calls[0]?.request).toEqual({ ...demoIds, medium: 'email', language: 'de' });
  },
};

/** Answers in call order: the first send is refused on `Medium`, the person switches to email, the second goes out and the error clears. */
export const MockAdapterScriptedRecovery: Story = {
  args: { cooldownSeconds: 0 },
  loaders: [
    () => ({
      adapter: createMockAdapter({
        answers: [
          { type: 'invalid', issues: [{ propertyName: 'command.Medium', message: 'This person has no mobile number; choose email.' }] },
          { type: 'sent', hint: 'A code was sent to j***@example.com.' },
        ],
      }),
    }),
  ],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await sendAndFindAlert(canvasElement);
    const sms = canvas.getByRole('radio', { name: 'Text message (SMS)' });
    await expect(sms).toHaveAccessibleDescription('Error: This person has no mobile number; choose email.');
    await waitFor(() => expect(sms).toHaveFocus());

    await userEvent.click(canvas.getByRole('radio', { name: 'Email' }));
    await clickSend(canvasElement);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('A code was sent to j***@example.com.'));
    await expect(canvas.getByRole('radio', { name: 'Email' })).not.toHaveAttribute('aria-invalid');
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(loadedMock(loaded).calls.map((call) => call.request.medium)).toEqual(['sms', 'email']);
  },
};

/** A scripted failure kind without any HTTP: here `rate-limited` with 8 s to wait. */
export const MockAdapterRateLimited: Story = {
  args: { cooldownSeconds: 0 },
  loaders: [
    () => ({ adapter: createMockAdapter({ answers: { type: 'error', kind: 'rate-limited', status: 429, retryAfterSeconds: 8 } }) }),
  ],
  play: async ({ canvasElement }) => {
    const alert = await sendAndFindAlert(canvasElement);
    await expect(alert).toHaveTextContent('Too many attempts. Try again in 8 s.');
    await expect(within(canvasElement).getByRole('button')).toHaveAccessibleDescription(/^Try again in [78] s$/);
  },
};
