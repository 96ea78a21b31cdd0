import type { Meta, StoryObj } from '@storybook/react-vite';
import { http } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { type AnswerFixture, codeVerified, sentWithHint, wrongCode } from '../test/fixtures/answers.js';
import { fixtureBaseUrl, sendCodeUrl, toHttpResponse, verifyAnswerWith, verifyCodePath } from '../test/fixtures/handlers.js';
import { PortalLoginScreen, rightCode } from './PortalLoginScreen.js';
import { catalogue, catalogues, codeInput, demoIds, withTwoFactorProvider } from './support.js';

const meta = {
  title: 'Recipes/Portal login screen',
  component: PortalLoginScreen,
  tags: ['autodocs'],
  decorators: [withTwoFactorProvider],
  parameters: {
    layout: 'fullscreen',
    twoFactor: { adapterOptions: { verifyPath: verifyCodePath } },
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
