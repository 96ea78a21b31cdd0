import type { Meta, StoryObj } from '@storybook/react-vite';
import { type CSSProperties, useId, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { type TwoFactorMessagesOverride, TwoFactorPrompt } from '../src/index.js';
import { sentWithHint } from '../test/fixtures/answers.js';
import { answerWith } from '../test/fixtures/handlers.js';
import { catalogue, catalogues, demoIds, withTwoFactorProvider } from './support.js';

/** Props of the login screen recipe. */
interface PortalLoginScreenProps {
  /** The signed-in person, from the password step. */
  personId: string;
  /** The portal's context id. */
  contextId?: string;
  /** The two-factor id the password step returned. */
  twoFactorId?: string;
  /** The name shown in the greeting. */
  displayName: string;
  /** The prompt's texts. */
  messages?: TwoFactorMessagesOverride;
}

// The portal's brand, passed to the prompt through its custom properties only.
const brand = {
  '--rtf-color-accent': '#5b21b6',
  '--rtf-color-focus': '#5b21b6',
  '--rtf-radius': '0.25rem',
  '--rtf-font': 'Georgia, "Times New Roman", serif',
} as CSSProperties;

/**
 * A plain portal login screen, step 2: the prompt dropped in as is, themed
 * by custom properties, and a code field that opens once a code is sent.
 */
function PortalLoginScreen({ personId, contextId, twoFactorId, displayName, messages }: PortalLoginScreenProps) {
  const [codeSent, setCodeSent] = useState(false);
  const codeId = useId();
  return (
    <div style={{ minHeight: '100vh', background: '#f3f1f8', color: '#1f1933', fontFamily: 'system-ui, sans-serif' }}>
      <header style={{ background: '#2e1065', color: '#ffffff', padding: '0.75rem 1.5rem', fontWeight: 700 }}>Acme Member Portal</header>
      <main style={{ display: 'grid', placeItems: 'start center', padding: '2.5rem 1rem' }}>
        <div
          style={{ background: '#ffffff', borderRadius: '0.75rem', boxShadow: '0 2px 12px rgb(0 0 0 / 0.12)', width: 'min(30rem, 100%)' }}
        >
          <div style={{ padding: '1.5rem 1.5rem 0' }}>
            <p style={{ margin: 0, color: '#4c4566' }}>Step 2 of 3</p>
            <h1 style={{ margin: '0.25rem 0 0.5rem', fontSize: '1.5rem' }}>Sign in</h1>
            <p style={{ margin: 0 }}>Welcome back, {displayName}. Confirm it is you with a one-time code.</p>
          </div>
          <TwoFactorPrompt
            personId={personId}
            {...(contextId && { contextId })}
            {...(twoFactorId && { twoFactorId })}
            {...(messages && { messages })}
            style={brand}
            onSent={() => setCodeSent(true)}
          />
          <form style={{ padding: '0 1.5rem 1.5rem', display: 'grid', gap: '0.35rem' }} onSubmit={(event) => event.preventDefault()}>
            <label htmlFor={codeId} style={{ fontWeight: 600 }}>
              One-time code
            </label>
            <input
              id={codeId}
              inputMode="numeric"
              autoComplete="one-time-code"
              disabled={!codeSent}
              style={{ font: 'inherit', padding: '0.5rem', border: '1px solid #6b6385', borderRadius: '0.25rem' }}
            />
          </form>
          <p style={{ margin: 0, padding: '0 1.5rem 1.5rem' }}>
            <a href="#sign-in" style={{ color: '#5b21b6' }}>
              Use another account
            </a>
          </p>
        </div>
      </main>
    </div>
  );
}

const meta = {
  title: 'Recipes/Portal login screen',
  component: PortalLoginScreen,
  tags: ['autodocs'],
  decorators: [withTwoFactorProvider],
  parameters: {
    layout: 'fullscreen',
    msw: { handlers: [answerWith(sentWithHint)] },
    docs: {
      description: {
        component:
          'A recipe: `<TwoFactorPrompt>` inside a plain login page, themed only through its `--rtf-*` custom properties, with `onSent` opening the code field.',
      },
    },
  },
  args: { ...demoIds, displayName: 'Jan', messages: catalogue('en') },
  argTypes: {
    personId: { control: false },
    contextId: { control: false },
    twoFactorId: { control: false },
    messages: { control: 'select', options: Object.keys(catalogues), mapping: catalogues },
  },
} satisfies Meta<typeof PortalLoginScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The login screen before a code is sent. */
export const BeforeSending: Story = {};

/** The person sends a code by text message; the one-time code field opens. */
export const AfterSending: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const codeField = canvas.getByLabelText('One-time code');
    await expect(codeField).toBeDisabled();
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('A code was sent to +32 *** ** 12.'));
    await expect(codeField).toBeEnabled();
  },
};
