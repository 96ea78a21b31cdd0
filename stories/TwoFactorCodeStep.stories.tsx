import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { TwoFactorCodeInput, TwoFactorCodeStep, type TwoFactorCodeStepProps, useTwoFactorCodeStep } from '../src/index.js';
import { createMockAdapter, type MockAdapter } from '../src/testing/index.js';
import { type AnswerFixture, codeVerified, expiredCode, wrongCode } from '../test/fixtures/answers.js';
import { verifyAnswerWith, verifyCodePath } from '../test/fixtures/handlers.js';
import { type CatalogueKey, catalogue, catalogues, codeInput, demoIds, settle, withTwoFactorProvider } from './support.js';

/** The code the demo server accepts; every other code is wrong. */
const rightCode = '123456';

/** A verify handler that records each body, so play functions can assert what reached the server. */
function verifyRecorder(answer: AnswerFixture | ((body: unknown) => AnswerFixture), delayMs?: number) {
  const bodies: unknown[] = [];
  const handler = verifyAnswerWith(answer, { onRequest: (body) => bodies.push(body), ...(delayMs !== undefined && { delayMs }) });
  // Returns nothing: a story's `beforeEach` treats a returned value as its cleanup.
  const reset = () => {
    bodies.length = 0;
  };
  return { handler, bodies, reset };
}

/** Right for `rightCode`, wrong for any other code. */
const rightOrWrong = (body: unknown) => ((body as { Code?: unknown }).Code === rightCode ? codeVerified : wrongCode);

const meta = {
  title: 'Components/TwoFactorCodeStep',
  component: TwoFactorCodeStep,
  tags: ['autodocs'],
  decorators: [withTwoFactorProvider],
  parameters: {
    twoFactor: { adapterOptions: { verifyPath: verifyCodePath } },
    docs: {
      description: {
        component: `The code-entry step: one real \`<input autocomplete="one-time-code">\` with the boxes drawn over it. Every story drives the real HTTP adapter with \`verifyPath: '${verifyCodePath}'\` against Mock Service Worker; the demo server accepts \`${rightCode}\` and refuses every other code. The last story uses \`createMockAdapter\`.`,
      },
    },
  },
  args: {
    ...demoIds,
    codeLength: 6,
    autoSubmit: true,
    maxAttempts: 5,
    messages: catalogue('en'),
    onVerified: fn(),
    onError: fn(),
  },
  argTypes: {
    personId: { control: false },
    contextId: { control: false },
    twoFactorId: { control: false },
    codeLength: { control: { type: 'number', min: 1, max: 12 } },
    maxAttempts: { control: { type: 'number', min: 1 } },
    messages: { control: 'select', options: Object.keys(catalogues) as CatalogueKey[], mapping: catalogues },
    codePattern: { control: false },
    adapter: { control: false },
    children: { control: false },
    onUseAnotherMethod: { control: false },
  },
} satisfies Meta<typeof TwoFactorCodeStep>;

export default meta;
type Story = StoryObj<typeof meta>;

// ---------------------------------------------------------------------------
// Play helpers: what a person does, found the way a person finds it.

const slotTexts = (canvasElement: HTMLElement) =>
  [...canvasElement.querySelectorAll('.rtf-code-slot')].map((slot) => slot.getAttribute('data-character') ?? '');
const stepRoot = (canvasElement: HTMLElement) => {
  const root = canvasElement.querySelector<HTMLElement>('.rtf-code-step');
  if (!root) throw new Error('The code step is not rendered.');
  return root;
};

async function typeCode(canvasElement: HTMLElement, code: string) {
  await userEvent.type(codeInput(canvasElement), code);
}

// ---------------------------------------------------------------------------
// Stories

/** The step as it opens: one empty input, six empty boxes, a numeric keyboard on phones. */
export const Empty: Story = {
  parameters: { msw: { handlers: [verifyAnswerWith(rightOrWrong)] } },
  play: async ({ canvasElement }) => {
    const input = codeInput(canvasElement);
    await expect(input).toHaveValue('');
    await expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(input).toHaveAttribute('inputmode', 'numeric');
    await expect(input).toHaveAccessibleDescription('Enter the 6-character code we sent you.');
    await expect(canvasElement.querySelectorAll('input')).toHaveLength(1);
    await expect(slotTexts(canvasElement)).toEqual(['', '', '', '', '', '']);
    await expect(within(canvasElement).queryByRole('alert')).toBeNull();
  },
};

const typingRecorder = verifyRecorder(rightOrWrong);

/** Three digits typed: they fill the first three boxes, the caret box is the fourth, and nothing is sent yet. */
export const Typing: Story = {
  parameters: { msw: { handlers: [typingRecorder.handler] } },
  beforeEach: () => typingRecorder.reset(),
  play: async ({ canvasElement }) => {
    await typeCode(canvasElement, '123');
    await expect(codeInput(canvasElement)).toHaveValue('123');
    await expect(slotTexts(canvasElement)).toEqual(['1', '2', '3', '', '', '']);
    await expect(canvasElement.querySelectorAll('.rtf-code-slot')[3]).toHaveAttribute('data-active', 'true');
    await settle();
    await expect(typingRecorder.bodies).toEqual([]);
  },
};

const pastedRecorder = verifyRecorder(rightOrWrong);

/** A code pasted from an SMS as "123 456": the space is dropped, the code is verified at once, and "Code accepted." is announced. */
export const Pasted: Story = {
  parameters: { msw: { handlers: [pastedRecorder.handler] } },
  beforeEach: () => pastedRecorder.reset(),
  play: async ({ canvasElement, args }) => {
    await userEvent.click(codeInput(canvasElement));
    await userEvent.paste('123 456');
    await expect(codeInput(canvasElement)).toHaveValue(rightCode);
    await waitFor(() => expect(within(canvasElement).getByRole('status')).toHaveTextContent('Code accepted.'));
    await expect(stepRoot(canvasElement)).toHaveAttribute('data-status', 'verified');
    await expect(pastedRecorder.bodies).toEqual([
      { PersonId: demoIds.personId, ContextId: demoIds.contextId, TwoFactorId: demoIds.twoFactorId, Code: rightCode },
    ]);
    await expect(args.onVerified).toHaveBeenCalledWith(expect.objectContaining({ raw: codeVerified.body }), {
      ...demoIds,
      code: rightCode,
    });
  },
};

/** The server is still checking: the button says "Checking…" and refuses a second submit. */
export const Verifying: Story = {
  args: { autoSubmit: false },
  parameters: { msw: { handlers: [verifyAnswerWith(codeVerified, { delayMs: Number.POSITIVE_INFINITY })] } },
  play: async ({ canvasElement }) => {
    await typeCode(canvasElement, rightCode);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Verify' }));
    const button = await within(canvasElement).findByRole('button', { name: 'Checking…' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
  },
};

/** A wrong code: the message and the attempts left show at the input, which is marked invalid, focused and selected. */
export const WrongCode: Story = {
  parameters: { msw: { handlers: [verifyAnswerWith(wrongCode)] } },
  play: async ({ canvasElement, args }) => {
    await typeCode(canvasElement, '000000');
    const input = codeInput(canvasElement);
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    await expect(input).toHaveAccessibleDescription(
      'Enter the 6-character code we sent you. Error: The code is not correct. 4 attempts left.',
    );
    await expect(within(canvasElement).getByText('The code is not correct.')).toBeVisible();
    await expect(input).toHaveFocus();
    await expect(within(canvasElement).queryByRole('alert')).toBeNull();
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'validation' }),
      expect.objectContaining({ personId: args.personId }),
    );
  },
};

/** The code has expired: a message tied to no field, so it shows in the error summary (role=alert), not at the input. */
export const Expired: Story = {
  parameters: { msw: { handlers: [verifyAnswerWith(expiredCode)] } },
  play: async ({ canvasElement }) => {
    await typeCode(canvasElement, rightCode);
    const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 3000 });
    await expect(alert).toHaveTextContent('The code could not be checked');
    await expect(alert).toHaveTextContent('The code has expired. Request a new code.');
    await expect(codeInput(canvasElement)).not.toHaveAttribute('aria-invalid');
  },
};

/** The right code: the step shows its success, and nothing left to press. */
export const Verified: Story = {
  parameters: { msw: { handlers: [verifyAnswerWith(rightOrWrong)] } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await typeCode(canvasElement, rightCode);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Code accepted.'));
    await expect(canvas.queryByRole('button')).toBeNull();
    await expect(codeInput(canvasElement)).toHaveAttribute('readonly');
    await expect(args.onVerified).toHaveBeenCalledTimes(1);
  },
};

/** After a wrong code, the first new character clears the red boxes and the old message; the boxes show the new code plainly. */
export const RetypingAfterWrongCode: Story = {
  parameters: { msw: { handlers: [verifyAnswerWith(rightOrWrong)] } },
  play: async ({ canvasElement }) => {
    await typeCode(canvasElement, '000000');
    const input = codeInput(canvasElement);
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    await waitFor(() => expect(input).toHaveFocus());
    await userEvent.keyboard('12');
    await expect(input).not.toHaveAttribute('aria-invalid');
    await expect(within(canvasElement).queryByText('The code is not correct.')).toBeNull();
    await expect(slotTexts(canvasElement)).toEqual(['1', '2', '', '', '', '']);
  },
};

const lockedRecorder = verifyRecorder(wrongCode);

/**
 * Two wrong codes with `maxAttempts` 2: the step locks, says to request a new code, sends nothing more,
 * and offers the host's way on (`onUseAnotherMethod`) instead of a Verify that could do nothing.
 */
export const Locked: Story = {
  args: { maxAttempts: 2, onUseAnotherMethod: fn() },
  parameters: { msw: { handlers: [lockedRecorder.handler] } },
  beforeEach: () => lockedRecorder.reset(),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await typeCode(canvasElement, '111111');
    await waitFor(() => expect(codeInput(canvasElement)).toHaveAccessibleDescription(/1 attempt left\.$/));
    await userEvent.keyboard('222222');
    const alert = await canvas.findByRole('alert', {}, { timeout: 3000 });
    await expect(alert).toHaveTextContent('Too many wrong codes. Request a new code.');
    await expect(codeInput(canvasElement)).toHaveAttribute('readonly');
    await expect(canvas.queryByRole('button', { name: 'Verify' })).toBeNull();

    await userEvent.type(codeInput(canvasElement), '{Enter}');
    await settle();
    await expect(lockedRecorder.bodies.map((body) => (body as { Code: string }).Code)).toEqual(['111111', '222222']);
    await userEvent.click(canvas.getByRole('button', { name: 'Use another method' }));
    await expect(args.onUseAnotherMethod).toHaveBeenCalledTimes(1);
  },
};

/** A right-to-left page: the code still reads and fills left to right, in the input and in the boxes. */
export const RightToLeft: Story = {
  decorators: [
    (Story) => (
      <div dir="rtl" lang="ar">
        <Story />
      </div>
    ),
  ],
  args: { autoSubmit: false },
  parameters: { msw: { handlers: [verifyAnswerWith(rightOrWrong)] } },
  play: async ({ canvasElement }) => {
    const input = codeInput(canvasElement);
    await typeCode(canvasElement, '123');
    await expect(input).toHaveValue('123');
    await expect(getComputedStyle(input).direction).toBe('ltr');
    const slots = [...canvasElement.querySelectorAll<HTMLElement>('.rtf-code-slot')];
    await expect(slots.map((slot) => slot.getAttribute('data-character') ?? '')).toEqual(['1', '2', '3', '', '', '']);
    // The first digit is drawn leftmost, as the person reads the SMS.
    const [first, second] = slots.map((slot) => slot.getBoundingClientRect().left);
    await expect(first).toBeLessThan(second as number);
  },
};

/** A letter-and-digit code of 8 characters (`codePattern: /[A-Z0-9]/i`): a text keyboard, and separators dropped from a paste. */
export const AlphanumericCode: Story = {
  args: { codeLength: 8, codePattern: /[A-Z0-9]/i, autoSubmit: false },
  parameters: { msw: { handlers: [verifyAnswerWith(codeVerified)] } },
  play: async ({ canvasElement }) => {
    await userEvent.click(codeInput(canvasElement));
    await userEvent.paste('AB12-CD34');
    await expect(codeInput(canvasElement)).toHaveValue('AB12CD34');
    await expect(codeInput(canvasElement)).toHaveAttribute('inputmode', 'text');
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(within(canvasElement).getByRole('status')).toHaveTextContent('Code accepted.'));
  },
};

// ---------------------------------------------------------------------------
// Testing with createMockAdapter

/** The mock adapter a story loaded, for its play function. */
const loadedMock = (loaded: Record<string, unknown>) => loaded.adapter as MockAdapter;

/**
 * `createMockAdapter` scripts verify answers too: here a wrong code, then a
 * right one. `adapter.verifyCalls` records what was verified.
 */
export const MockAdapterWrongThenRight: Story = {
  loaders: [
    () => ({
      adapter: createMockAdapter({
        verifyAnswers: [{ type: 'invalid', issues: [{ propertyName: 'Code', message: 'The code is not correct.' }] }, { type: 'verified' }],
        delayMs: 100,
      }),
    }),
  ],
  play: async ({ canvasElement, loaded }) => {
    await typeCode(canvasElement, '111111');
    await waitFor(() => expect(codeInput(canvasElement)).toHaveAttribute('aria-invalid', 'true'));
    // The refused code is selected: typing replaces it.
    await userEvent.keyboard('222222');
    await waitFor(() => expect(within(canvasElement).getByRole('status')).toHaveTextContent('Code accepted.'));
    await expect(codeInput(canvasElement)).not.toHaveAttribute('aria-invalid');
    await expect(loadedMock(loaded).verifyCalls.map((call) => call.request)).toEqual([
      { ...demoIds, code: '111111' },
      { ...demoIds, code: '222222' },
    ]);
  },
};

/** A portal's own layout over the headless hook: its label, hint and button, with the input-only `<TwoFactorCodeInput>`. */
function HostLayout(props: TwoFactorCodeStepProps) {
  const step = useTwoFactorCodeStep(props);
  return (
    <form className="rtf-prompt" onSubmit={step.submit} noValidate>
      <label className="rtf-label" htmlFor={step.ids.input}>
        Code from the SMS
      </label>
      <p className="rtf-instructions" id={step.ids.instructions}>
        {step.texts.codeInstructions(step.codeLength)}
      </p>
      <p className="rtf-instructions" id="host-code-hint">
        It may take a minute to arrive.
      </p>
      <TwoFactorCodeInput step={step} className="host-code" aria-describedby="host-code-hint" data-testid="host-code" />
      {step.fieldErrors.code && (
        <p className="rtf-error" id={step.ids.error}>
          {step.fieldErrors.code.join(' ')}
        </p>
      )}
      <button className="rtf-submit" type="submit">
        Check the code
      </button>
    </form>
  );
}

/**
 * A host's own code step: `useTwoFactorCodeStep` holds the state, `<TwoFactorCodeInput>` draws the
 * boxes over the one real input, which takes the host's `className`, `data-*` and description.
 */
export const HostLayoutOverTheHook: Story = {
  parameters: { msw: { handlers: [verifyAnswerWith(rightOrWrong)] } },
  args: { autoSubmit: false },
  render: (args) => <HostLayout {...args} />,
  play: async ({ canvasElement, args }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Code from the SMS' });
    await expect(input).toHaveClass('rtf-code-input', 'host-code');
    await expect(input).toHaveAttribute('data-status', 'idle');
    await userEvent.type(input, '000000');
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Check the code' }));
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    await expect(input).toHaveAccessibleDescription(
      'Enter the 6-character code we sent you. The code is not correct. 4 attempts left. It may take a minute to arrive.',
    );
    await userEvent.keyboard(rightCode);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Check the code' }));
    await waitFor(() => expect(input).toHaveAttribute('data-status', 'verified'));
    await expect(args.onVerified).toHaveBeenCalledTimes(1);
  },
};
