/**
 * The code step in real Chromium: real keyboard and clipboard, real layout of
 * the boxes over the one input, and a value set the way autofill sets it.
 * Each test asserts the code that reached the adapter.
 */
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/styles.css';
import { TwoFactorCodeStep, type TwoFactorCodeStepProps } from '../../src/index.js';
import { createMockAdapter, type MockAdapter } from '../../src/testing/index.js';
import { renderWithTwoFactor } from '../render.js';

const ids = { personId: 'P-browser-code', contextId: 'portal-login' } as const;

function renderCodeInput(adapter: MockAdapter, props: Partial<TwoFactorCodeStepProps> = {}) {
  const { container } = renderWithTwoFactor(
    <>
      <label>
        SMS text
        <input defaultValue="Your code is 482 913. Do not share it with anyone." />
      </label>
      <TwoFactorCodeStep {...ids} {...props} />
    </>,
    { adapter },
  );
  return {
    container,
    input: page.getByRole('textbox', { name: 'Verification code' }),
    smsText: page.getByRole('textbox', { name: 'SMS text' }),
    verify: page.getByRole('button', { name: 'Verify' }),
    status: page.getByRole('status'),
  };
}

const verifiedCodes = (adapter: MockAdapter) => adapter.verifyCalls.map((call) => call.request.code);
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('<TwoFactorCodeStep> in Chromium', () => {
  it('given six typed digits, should verify them once', async () => {
    const adapter = createMockAdapter();
    const { input, status } = renderCodeInput(adapter);

    await userEvent.click(input);
    await userEvent.keyboard('123456');

    await expect.element(status).toHaveTextContent('Code accepted.');
    expect(verifiedCodes(adapter)).toEqual(['123456']);
    expect(adapter.verifyCalls[0]?.request).toEqual({ ...ids, code: '123456' });
  });

  it('given the code selected in an SMS text, copied and pasted with the real clipboard, should verify it without the space', async () => {
    const adapter = createMockAdapter();
    const { input, smsText, status } = renderCodeInput(adapter);

    // Select "482 913" in the SMS text, copy it with the keyboard shortcut, paste it into the code.
    const source = smsText.element() as HTMLInputElement;
    source.focus();
    source.setSelectionRange('Your code is '.length, 'Your code is 482 913'.length);
    await userEvent.copy();
    await userEvent.click(input);
    await userEvent.paste();

    await expect.element(input).toHaveValue('482913');
    await expect.element(status).toHaveTextContent('Code accepted.');
    expect(verifiedCodes(adapter)).toEqual(['482913']);
  });

  it('given a whole SMS text copied and pasted with the real clipboard, should verify the code in it', async () => {
    const adapter = createMockAdapter();
    const { input, smsText, status } = renderCodeInput(adapter);

    (smsText.element() as HTMLInputElement).select();
    await userEvent.copy();
    await userEvent.click(input);
    await userEvent.paste();

    await expect.element(input).toHaveValue('482913');
    await expect.element(status).toHaveTextContent('Code accepted.');
    expect(verifiedCodes(adapter)).toEqual(['482913']);
  });

  it('given Backspace twice across the boxes and two new digits, should submit the corrected code', async () => {
    const adapter = createMockAdapter();
    const { input, verify, status, container } = renderCodeInput(adapter, { autoSubmit: false });

    await userEvent.click(input);
    await userEvent.keyboard('123456');
    await userEvent.keyboard('{Backspace}{Backspace}');
    await expect.element(input).toHaveValue('1234');
    expect([...container.querySelectorAll('.rtf-code-slot')].map((slot) => slot.getAttribute('data-character') ?? '')).toEqual([
      '1',
      '2',
      '3',
      '4',
      '',
      '',
    ]);
    await userEvent.keyboard('78');
    await settle();
    expect(adapter.verifyCalls).toHaveLength(0);
    await userEvent.click(verify);

    await expect.element(status).toHaveTextContent('Code accepted.');
    expect(verifiedCodes(adapter)).toEqual(['123478']);
  });

  it('given autofill setting the whole value at once, should verify it once', async () => {
    const adapter = createMockAdapter();
    const { input, status } = renderCodeInput(adapter);

    // What SMS autofill and password managers do: set the value through the native setter, then fire `input`.
    const element = input.element() as HTMLInputElement;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setValue?.call(element, '765 432');
    element.dispatchEvent(new Event('input', { bubbles: true }));

    await expect.element(input).toHaveValue('765432');
    await expect.element(status).toHaveTextContent('Code accepted.');
    await settle();
    expect(verifiedCodes(adapter)).toEqual(['765432']);
  });

  it('given a wrong code, should select it so that the next typed code replaces it', async () => {
    const adapter = createMockAdapter({
      verifyAnswers: [{ type: 'invalid', issues: [{ propertyName: 'Code', message: 'The code is not correct.' }] }, { type: 'verified' }],
    });
    const { input, status } = renderCodeInput(adapter);

    await userEvent.click(input);
    await userEvent.keyboard('111111');
    await expect.element(input).toHaveAttribute('aria-invalid', 'true');
    await expect.element(input).toHaveFocus();
    await userEvent.keyboard('222222');

    await expect.element(status).toHaveTextContent('Code accepted.');
    expect(verifiedCodes(adapter)).toEqual(['111111', '222222']);
  });

  it('given the boxes drawn, should have the one input on top of every box, so a tap on any box focuses it', async () => {
    const adapter = createMockAdapter();
    const { input, container } = renderCodeInput(adapter, { autoSubmit: false });
    const element = input.element() as HTMLInputElement;

    const slots = [...container.querySelectorAll<HTMLElement>('.rtf-code-slot')];
    expect(slots).toHaveLength(6);
    for (const slot of slots) {
      const box = slot.getBoundingClientRect();
      expect(box.width).toBeGreaterThan(0);
      expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).toBe(element);
    }
    await userEvent.click(slots[3] as HTMLElement, { force: true });
    await expect.element(input).toHaveFocus();
  });
});
