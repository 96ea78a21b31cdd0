import { act, screen, waitFor } from '@testing-library/react';
import { createRef, type Ref } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  type CodeInputHostProps,
  TwoFactorCodeInput,
  type TwoFactorCodeInputProps,
  TwoFactorCodeStep,
  TwoFactorPrompt,
  useTwoFactorCodeStep,
} from '../../src/index.js';
import { createMockAdapter, type MockVerifyAnswer } from '../../src/testing/index.js';
import { renderWithTwoFactor } from '../render.js';

const ids = { personId: 'P-104522', contextId: 'portal-login' } as const;
const wrong: MockVerifyAnswer = { type: 'invalid', issues: [{ propertyName: 'Code', message: 'The code is not correct.' }] };

type HostProps = Omit<TwoFactorCodeInputProps, 'step'> & { inputRef?: Ref<HTMLInputElement> };

/** A host's own code step: the headless hook, its own label and button, and the input-only component. */
function HostCodeStep({ inputRef, ...props }: HostProps) {
  const step = useTwoFactorCodeStep({ ...ids, autoSubmit: false });
  return (
    <form onSubmit={step.submit}>
      <label htmlFor={step.ids.input}>Your code</label>
      <TwoFactorCodeInput step={step} ref={inputRef} {...props} />
      <button type="submit">Check</button>
    </form>
  );
}

const codeInput = () => screen.getByRole('textbox', { name: 'Your code' });

describe('TwoFactorCodeInput: the input alone', () => {
  it('given a ref, should forward it to the real input', () => {
    const ref = createRef<HTMLInputElement>();
    renderWithTwoFactor(<HostCodeStep inputRef={ref} />, { adapter: createMockAdapter() });

    expect(ref.current).toBe(codeInput());
    expect(ref.current).toHaveAttribute('autocomplete', 'one-time-code');
  });

  it('given a className and data attributes, should pass them to the input beside its own class', () => {
    renderWithTwoFactor(<HostCodeStep className="host-code" data-testid="host" />, { adapter: createMockAdapter() });

    expect(screen.getByTestId('host')).toBe(codeInput());
    expect(codeInput()).toHaveClass('rtf-code-input', 'host-code');
  });

  it('given a host onChange, onFocus and onBlur, should call them and still normalise the code', async () => {
    const onChange = vi.fn();
    const onFocus = vi.fn();
    const onBlur = vi.fn();
    const { user } = renderWithTwoFactor(<HostCodeStep onChange={onChange} onFocus={onFocus} onBlur={onBlur} />, {
      adapter: createMockAdapter(),
    });

    await user.click(codeInput());
    await user.paste('12 34-56');
    await user.tab();

    expect(codeInput()).toHaveValue('123456');
    expect(onChange).toHaveBeenCalled();
    expect(onFocus).toHaveBeenCalledTimes(1);
    expect(onBlur).toHaveBeenCalledTimes(1);
  });

  it('given a wrong code, should say so with data-status on the input, and keep focus there through the forwarded ref', async () => {
    const ref = createRef<HTMLInputElement>();
    const { user } = renderWithTwoFactor(<HostCodeStep inputRef={ref} />, {
      adapter: createMockAdapter({ verifyAnswers: wrong }),
    });
    expect(codeInput()).toHaveAttribute('data-status', 'idle');

    await user.type(codeInput(), '111111');
    await user.click(screen.getByRole('button', { name: 'Check' }));

    await waitFor(() => expect(codeInput()).toHaveAttribute('data-status', 'error'));
    expect(ref.current).toHaveFocus();
  });
});

describe('TwoFactorCodeStep: the whole step', () => {
  it('given a ref, should forward it to the root, and use TwoFactorCodeInput for its one input', () => {
    const ref = createRef<HTMLDivElement>();
    renderWithTwoFactor(<TwoFactorCodeStep {...ids} ref={ref} codeLength={4} />, { adapter: createMockAdapter() });

    expect(ref.current).toHaveAttribute('data-status', 'idle');
    expect(ref.current?.querySelectorAll('input')).toHaveLength(1);
    expect(ref.current?.querySelector('input')).toHaveClass('rtf-code-input');
    expect(ref.current?.querySelectorAll('.rtf-code-slot')).toHaveLength(4);
  });
});

/** A host's own code step with its own `<input>`, from the prop getter, and its own error markup. */
function HeadlessCodeStep({ host, personId = ids.personId }: { host: CodeInputHostProps; personId?: string }) {
  const step = useTwoFactorCodeStep({ ...ids, personId, maxAttempts: 2 });
  return (
    <form onSubmit={step.submit}>
      <label htmlFor={step.ids.input}>Your code</label>
      <input {...step.getInputProps(host)} />
      {step.fieldErrors.code && <p id={step.ids.error}>{step.fieldErrors.code.join(' ')}</p>}
      {step.errorSummary.length > 0 && <div role="alert">{step.errorSummary.join(' ')}</div>}
    </form>
  );
}

describe('useTwoFactorCodeStep: headless', () => {
  it('given a wrong code, should give its messages at fieldErrors.code and none in errorSummary', async () => {
    const { user } = renderWithTwoFactor(<HeadlessCodeStep host={{}} />, { adapter: createMockAdapter({ verifyAnswers: wrong }) });

    await user.type(codeInput(), '111111');

    await waitFor(() => expect(codeInput()).toHaveAccessibleDescription(/The code is not correct\. 1 attempt left\.$/));
    expect(codeInput()).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('given the lock, should give its message in errorSummary and no field error', async () => {
    const { user } = renderWithTwoFactor(<HeadlessCodeStep host={{}} />, { adapter: createMockAdapter({ verifyAnswers: wrong }) });

    await user.type(codeInput(), '111111');
    await waitFor(() => expect(codeInput()).toHaveAttribute('aria-invalid', 'true'));
    // The refused code is selected: typing replaces it.
    await user.keyboard('222222');

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many wrong codes');
    expect(codeInput()).not.toHaveAttribute('aria-invalid');
    expect(codeInput()).toHaveAttribute('readonly');
  });

  it('given the lock while a cooldown holds the resend, should say in errorSummary when a new code can be requested, counting down, then without a time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    // Testing Library drains its own timers through `jest` when it sees fake ones.
    vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
    const advance = (ms: number) =>
      act(async () => {
        await vi.advanceTimersByTimeAsync(ms);
      });
    try {
      const personId = 'P-headless-lock';
      const { user } = renderWithTwoFactor(
        <>
          <TwoFactorPrompt personId={personId} contextId={ids.contextId} cooldownSeconds={30} />
          <HeadlessCodeStep host={{}} personId={personId} />
        </>,
        { adapter: createMockAdapter({ verifyAnswers: wrong }), user: { advanceTimers: (ms) => vi.advanceTimersByTime(ms) } },
      );
      await user.click(screen.getByRole('button', { name: 'Send code' }));
      await advance(0);
      await user.type(codeInput(), '111111');
      await advance(0);
      await user.keyboard('222222');
      await advance(0);

      expect(screen.getByRole('alert')).toHaveTextContent('Too many wrong codes. You can request a new code in 30 s.');
      await advance(1000);
      expect(screen.getByRole('alert')).toHaveTextContent('Too many wrong codes. You can request a new code in 29 s.');
      await advance(29_000);
      expect(screen.getByRole('alert')).toHaveTextContent(/^Too many wrong codes\. Request a new code\.$/);
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });

  it('given a host ref and handlers in getInputProps, should keep both the host and the step working', async () => {
    const ref = createRef<HTMLInputElement>();
    const onChange = vi.fn();
    const onBlur = vi.fn();
    const { user } = renderWithTwoFactor(<HeadlessCodeStep host={{ ref, onChange, onBlur }} />, {
      adapter: createMockAdapter({ verifyAnswers: wrong }),
    });

    await user.click(codeInput());
    await user.paste('11-11 11');

    expect(ref.current).toBe(codeInput());
    expect(onChange).toHaveBeenCalled();
    expect(codeInput()).toHaveValue('111111');
    // The step's own ref still holds: it selects the refused code, so that typing replaces it.
    await waitFor(() => expect(codeInput()).toHaveAttribute('aria-invalid', 'true'));
    expect([ref.current?.selectionStart, ref.current?.selectionEnd]).toStrictEqual([0, 6]);
    await user.tab();
    expect(onBlur).toHaveBeenCalledTimes(1);
  });

  it('given a host callback ref, should attach it once and keep it while the person types', async () => {
    const calls: Array<HTMLInputElement | null> = [];
    const host: CodeInputHostProps = { ref: (element) => void calls.push(element) };
    const { user } = renderWithTwoFactor(<HeadlessCodeStep host={host} />, { adapter: createMockAdapter() });

    await user.click(codeInput());
    await user.keyboard('123');

    expect(codeInput()).toHaveValue('123');
    expect(calls).toStrictEqual([codeInput()]);
  });

  it('given a React 19 callback ref with a cleanup, should call the cleanup on unmount', () => {
    const cleanup = vi.fn();
    const host: CodeInputHostProps = { ref: () => cleanup };
    const { unmount } = renderWithTwoFactor(<HeadlessCodeStep host={host} />, { adapter: createMockAdapter() });

    expect(cleanup).not.toHaveBeenCalled();
    unmount();
    expect(cleanup).toHaveBeenCalledTimes(1);
  });

  it("given the host's own aria-describedby, should read it after the step's instructions", () => {
    renderWithTwoFactor(
      <>
        <p id="host-hint">Check your phone.</p>
        <HeadlessCodeStep host={{ 'aria-describedby': 'host-hint' }} />
      </>,
      { adapter: createMockAdapter() },
    );

    expect(codeInput()).toHaveAccessibleDescription('Check your phone.');
    expect(codeInput().getAttribute('aria-describedby')?.split(' ').at(-1)).toBe('host-hint');
  });
});

describe('TwoFactorCodeStep: a lock kept from before', () => {
  it('given a person locked by an earlier step, should show a new step locked and read-only before any submit', async () => {
    const person = { personId: 'P-kept-lock', contextId: 'portal-login' } as const;
    const adapter = createMockAdapter({ verifyAnswers: wrong });
    const first = renderWithTwoFactor(<TwoFactorCodeStep {...person} maxAttempts={1} />, { adapter });
    await first.user.type(screen.getByRole('textbox'), '111111');
    await waitFor(() => expect(screen.getByRole('textbox')).toHaveAttribute('readonly'));
    first.unmount();

    const { container } = renderWithTwoFactor(<TwoFactorCodeStep {...person} maxAttempts={1} />, { adapter });

    expect(container.querySelector('.rtf-code-step')).toHaveAttribute('data-status', 'locked');
    expect(screen.getByRole('textbox')).toHaveAttribute('readonly');
    expect(screen.getByText(/Too many wrong codes/)).toBeInTheDocument();
    expect(adapter.verifyCalls).toHaveLength(1);
  });
});
