import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  isTwoFactorError,
  type Medium,
  TwoFactorPrompt,
  type UseTwoFactorPromptResult,
  useSendTwoFactorCode,
  useTwoFactorPrompt,
} from '../src/index.js';
import { sentWithHint } from '../test/fixtures/answers.js';
import { answerWith } from '../test/fixtures/handlers.js';
import { answerToSendRequests } from './fixtures.js';
import { demoIds, holdClock, releaseClock, withTwoFactorProvider } from './support.js';

/** Props of the headless demos: the identifiers a host already has, and the cooldown. */
interface HeadlessDemoProps {
  /** The person to send the code to. */
  personId: string;
  /** The portal's context id. */
  contextId?: string;
  /** The two-factor authentication id. */
  twoFactorId?: string;
  /** Seconds before another code may be sent. */
  cooldownSeconds?: number;
  /** The medium the button sends by. */
  medium?: Medium;
  /** The language of the message. */
  language?: string;
}

// The host's colours follow the scheme, as the prompt's root around them does (light-dark() pairs).
const card = { fontFamily: 'system-ui, sans-serif', maxWidth: '26rem', color: 'light-dark(#1b1f24, #e6edf3)', lineHeight: 1.5 } as const;
const errorColour = 'light-dark(#a4161a, #ffb4ab)';
const successColour = 'light-dark(#0f5132, #7ee2a8)';
const primaryButton = {
  font: 'inherit',
  fontWeight: 600,
  color: 'light-dark(#ffffff, #0d1117)',
  background: successColour,
  border: 0,
  borderRadius: '999px',
  padding: '0.6rem 1.4rem',
  cursor: 'pointer',
} as const;
const mutedButton = {
  ...primaryButton,
  color: 'light-dark(#ffffff, #0d1117)',
  background: 'light-dark(#5c636a, #9da7b3)',
  cursor: 'not-allowed',
} as const;

/**
 * One button, no form: `useSendTwoFactorCode` gives the guarded send (one
 * request per click burst, no retry), the cooldown and the error kind; the
 * host writes every text itself.
 */
function SendCodeButton({ personId, contextId, twoFactorId, cooldownSeconds = 30, medium = 'email', language = 'en' }: HeadlessDemoProps) {
  const send = useSendTwoFactorCode({ personId, ...(contextId && { contextId }), cooldownSeconds });
  const seconds = send.cooldownRemaining;
  const label = send.isPending ? 'Sending…' : seconds > 0 ? `Send again in ${seconds} s` : 'Email me a code';
  const onClick = () => {
    if (!send.canSend) return;
    send.mutate({ personId, medium, language, ...(contextId && { contextId }), ...(twoFactorId && { twoFactorId }) });
  };
  return (
    <section style={card} aria-labelledby="send-code-heading">
      <h2 id="send-code-heading" style={{ fontSize: '1.1rem', margin: '0 0 0.5rem' }}>
        Verify it's you
      </h2>
      <p style={{ margin: '0 0 1rem' }}>We will email you a six-digit code.</p>
      <button type="button" style={send.canSend ? primaryButton : mutedButton} aria-disabled={!send.canSend || undefined} onClick={onClick}>
        {label}
      </button>
      <p role="status" style={{ color: successColour, minHeight: '1.5em', margin: '0.75rem 0 0' }}>
        {send.isSuccess ? (send.data.hint ?? 'Check your inbox.') : ''}
      </p>
      {send.isError && (
        <p role="alert" style={{ color: errorColour, margin: 0 }}>
          {isTwoFactorError(send.error) && send.error.kind === 'network'
            ? 'You seem to be offline. Try again when you are connected.'
            : `We could not send the code (${isTwoFactorError(send.error) ? send.error.kind : 'unknown'}).`}
        </p>
      )}
    </section>
  );
}

function CustomMarkup({ prompt }: { prompt: UseTwoFactorPromptResult }) {
  const { ids, fieldErrors } = prompt;
  return (
    <form onSubmit={prompt.submit} noValidate aria-labelledby={ids.title} style={card}>
      <h2 id={ids.title} style={{ fontSize: '1.1rem', margin: '0 0 0.75rem' }}>
        How should we reach you?
      </h2>
      {prompt.errorSummary.length > 0 && (
        <div
          role="alert"
          style={{ color: errorColour, border: `1px solid ${errorColour}`, borderRadius: '0.5rem', padding: '0.5rem 0.75rem' }}
        >
          {prompt.errorSummary.map((text) => (
            <p key={text} style={{ margin: 0 }}>
              {text}
            </p>
          ))}
        </div>
      )}
      <fieldset style={{ border: 0, padding: 0, margin: '0.75rem 0', display: 'flex', gap: '0.5rem' }}>
        <legend style={{ fontWeight: 600, marginBottom: '0.25rem' }}>Channel</legend>
        {prompt.mediumOptions.map((option) => (
          <label
            key={option.value}
            htmlFor={`${ids.medium}-${option.value}`}
            style={{
              border: '1px solid light-dark(#6e7781, #8b949e)',
              borderRadius: '0.5rem',
              padding: '0.5rem 0.75rem',
              display: 'flex',
              gap: '0.4rem',
            }}
          >
            <input
              {...prompt.getMediumInputProps(option.value)}
              style={{ accentColor: successColour, inlineSize: '1.125em', blockSize: '1.125em', margin: 0 }}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      {fieldErrors.medium && (
        <p id={ids.mediumError} style={{ color: errorColour, margin: '0 0 0.5rem' }}>
          {fieldErrors.medium.join(' ')}
        </p>
      )}
      <label htmlFor={ids.language} style={{ fontWeight: 600, display: 'block' }}>
        Message language
      </label>
      <select {...prompt.getLanguageSelectProps()} style={{ font: 'inherit', padding: '0.4rem', marginBottom: '0.25rem' }}>
        {prompt.languageOptions.map((option) => (
          <option key={option.value} value={option.value} lang={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {fieldErrors.language && (
        <p id={ids.languageError} style={{ color: errorColour, margin: 0 }}>
          {fieldErrors.language.join(' ')}
        </p>
      )}
      <div style={{ marginTop: '1rem' }}>
        <button type="submit" style={prompt.canSend ? primaryButton : mutedButton} aria-disabled={!prompt.canSend || undefined}>
          {prompt.status === 'sending' ? 'One moment…' : prompt.hasSent ? 'Send another code' : 'Send my code'}
        </button>
      </div>
      <p id={ids.status} role="status" style={{ color: successColour, minHeight: '1.5em', margin: '0.75rem 0 0' }}>
        {prompt.hint}
      </p>
    </form>
  );
}

/**
 * The whole prompt's behaviour from `useTwoFactorPrompt` (form, zod check,
 * server errors per field, focus on the first invalid field, cooldown) with
 * the host's own markup and texts.
 */
function CustomPrompt({ personId, contextId, twoFactorId, cooldownSeconds }: HeadlessDemoProps) {
  const prompt = useTwoFactorPrompt({
    personId,
    ...(contextId && { contextId }),
    ...(twoFactorId && { twoFactorId }),
    ...(cooldownSeconds !== undefined && { cooldownSeconds }),
    mediums: ['email', 'sms'],
    languages: ['en', 'fr', 'nl'],
  });
  return <CustomMarkup prompt={prompt} />;
}

const meta = {
  title: 'Headless/Hooks',
  component: SendCodeButton,
  tags: ['autodocs'],
  decorators: [withTwoFactorProvider],
  parameters: {
    docs: {
      description: {
        component:
          "The same behaviour as `<TwoFactorPrompt>` without its markup: `useSendTwoFactorCode` for a single send button, `useTwoFactorPrompt` (or the prompt's `render` prop) for a whole custom form. The provider decorator injects the real HTTP adapter; MSW answers.",
      },
    },
  },
  args: { ...demoIds, cooldownSeconds: 30, medium: 'email', language: 'en' },
  argTypes: {
    personId: { control: false },
    contextId: { control: false },
    twoFactorId: { control: false },
    medium: { control: 'inline-radio', options: ['email', 'sms'] },
    language: { control: 'select', options: ['en', 'fr', 'nl', 'de'] },
    cooldownSeconds: { control: { type: 'number', min: 0, step: 5 } },
  },
} satisfies Meta<typeof SendCodeButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** `useSendTwoFactorCode`: one click sends by email; the hint shows and the button counts down. */
export const SendButtonWithUseSendTwoFactorCode: Story = {
  parameters: { msw: { handlers: [answerWith(sentWithHint)] } },
  beforeEach: holdClock,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Email me a code' });
    await userEvent.click(button);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('A code was sent to +32 *** ** 12.'));
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveTextContent('Send again in 30 s');
    releaseClock();
  },
};

/** `useTwoFactorPrompt` with custom markup: the person picks email and French, and sends. */
export const CustomFormWithUseTwoFactorPrompt: Story = {
  render: (args) => <CustomPrompt {...args} />,
  parameters: { msw: { handlers: [answerWith(sentWithHint)] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: 'Email' }));
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Message language' }), 'fr');
    await userEvent.click(canvas.getByRole('button', { name: 'Send my code' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('A code was sent to +32 *** ** 12.'));
    await expect(canvas.getByRole('button')).toHaveTextContent('Send another code');
  },
};

/** The hook's server errors in custom markup: each at its field, described by it, focus on the first. */
export const CustomFormWithServerErrors: Story = {
  render: (args) => <CustomPrompt {...args} />,
  parameters: { msw: { handlers: [answerToSendRequests()] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The demo server has no email address for this person and does not send in French.
    await userEvent.click(canvas.getByRole('radio', { name: 'Email' }));
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Message language' }), 'fr');
    await userEvent.click(canvas.getByRole('button', { name: 'Send my code' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Check the highlighted fields and try again.');
    const email = canvas.getByRole('radio', { name: 'Email' });
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription('This person has no email address on file. Choose a text message.');
    await expect(canvas.getByRole('combobox', { name: 'Message language' })).toHaveAccessibleDescription(
      "'Language' is not a supported language.",
    );
    await waitFor(() => expect(email).toHaveFocus());
  },
};

/** `<TwoFactorPrompt render={…}>`: the prompt's root and behaviour, the host's markup inside. */
export const PromptRenderProp: Story = {
  render: ({ personId, contextId, twoFactorId, cooldownSeconds }) => (
    <TwoFactorPrompt
      personId={personId}
      {...(contextId && { contextId })}
      {...(twoFactorId && { twoFactorId })}
      {...(cooldownSeconds !== undefined && { cooldownSeconds })}
      mediums={['email', 'sms']}
      languages={['en', 'fr', 'nl']}
      render={(prompt) => <CustomMarkup prompt={prompt} />}
    />
  ),
  parameters: { msw: { handlers: [answerWith(sentWithHint)] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send my code' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('A code was sent to +32 *** ** 12.'));
    await expect(canvasElement.querySelector('.rtf-prompt')).toHaveAttribute('data-status', 'sent');
  },
};
