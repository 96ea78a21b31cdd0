import type { Meta, StoryObj } from '@storybook/react-vite';
import { http } from 'msw';
import type { CSSProperties } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { TwoFactorFlow, type TwoFactorMessagesOverride } from '../src/index.js';
import { type AnswerFixture, codeVerified, sentWithHint, wrongCode } from '../test/fixtures/answers.js';
import { fixtureBaseUrl, sendCodeUrl, toHttpResponse, verifyAnswerWith, verifyCodePath } from '../test/fixtures/handlers.js';
import { catalogue, catalogues, codeInput, demoIds, withTwoFactorProvider } from './support.js';

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
  /** The flow's texts. */
  messages?: TwoFactorMessagesOverride;
}

/** The code the demo server accepts; every other code is wrong. */
const rightCode = '123456';

// The portal's brand, passed to the flow through its custom properties only: the type is the page's own.
const brand = {
  '--rtf-color-accent': '#5b21b6',
  '--rtf-color-focus': '#5b21b6',
  '--rtf-radius': '0.375rem',
  boxShadow: '0 2px 12px rgb(0 0 0 / 0.12)',
} as CSSProperties;

/**
 * A plain portal login screen, step 2: the library's `<TwoFactorFlow>` is the card (send, then the
 * code step, with focus moved to the code), themed by custom properties, in the page's own font.
 */
function PortalLoginScreen({ personId, contextId, twoFactorId, displayName, messages }: PortalLoginScreenProps) {
  return (
    <div style={{ minHeight: '100vh', background: '#f3f1f8', color: '#1f1933', font: '1rem/1.5 system-ui, sans-serif' }}>
      <header style={{ background: '#2e1065', color: '#ffffff', padding: '0.75rem 1.5rem', fontWeight: 700 }}>Acme Member Portal</header>
      <main style={{ display: 'grid', placeItems: 'start center', padding: '2.5rem 1rem' }}>
        <div style={{ display: 'grid', gap: '1rem', width: 'min(28rem, 100%)' }}>
          <div>
            <p style={{ margin: 0, color: '#4c4566', fontSize: '0.875rem' }}>Step 2 of 3</p>
            <p style={{ margin: 0 }}>Welcome back, {displayName}. Confirm it is you with a one-time code.</p>
          </div>
          <TwoFactorFlow
            personId={personId}
            {...(contextId && { contextId })}
            {...(twoFactorId && { twoFactorId })}
            {...(messages && { messages })}
            style={brand}
          />
          <p style={{ margin: 0 }}>
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
    twoFactor: { adapterOptions: { verify: { path: verifyCodePath } } },
    msw: {
      handlers: [
        http.post(sendCodeUrl(fixtureBaseUrl), () => toHttpResponse(sentWithHint)),
        verifyAnswerWith((body): AnswerFixture => ((body as { Code?: unknown }).Code === rightCode ? codeVerified : wrongCode)),
      ],
    },
    docs: {
      description: {
        component: `A recipe: \`<TwoFactorFlow>\` as the card of a plain login page, themed only through its \`--rtf-*\` custom properties and inheriting the page's font. Sending moves focus to the library's code step; the demo server accepts \`${rightCode}\`.`,
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

/** The login screen before a code is sent: one card, one heading, in the page's font. */
export const BeforeSending: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('heading')).toHaveLength(1);
    const page = canvasElement.querySelector<HTMLElement>('main') as HTMLElement;
    await expect(getComputedStyle(canvas.getByRole('heading')).fontFamily).toBe(getComputedStyle(page).fontFamily);
  },
};

/** The person sends a code by text message; focus moves to the library's code step. */
export const AfterSending: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(codeInput(canvasElement)).toHaveFocus(), { timeout: 3000 });
    await expect(canvasElement.querySelector('.rtf-subtitle')).toHaveTextContent('A code was sent to +32 *** ** 12.');
    await expect(canvas.getAllByRole('heading')).toHaveLength(1);
  },
};

/** The right code: the code step says it was accepted. */
export const SignedIn: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(codeInput(canvasElement)).toHaveFocus(), { timeout: 3000 });
    await userEvent.keyboard(rightCode);
    await waitFor(() => expect(canvas.getByText('Code accepted.')).toBeVisible());
  },
};
