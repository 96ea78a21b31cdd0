import { type ComponentPropsWithoutRef, type ForwardedRef, forwardRef } from 'react';
import type { CodeInputAttributes } from './useCodeInput.js';
import type { UseTwoFactorCodeStepResult } from './useTwoFactorCodeStep.js';

// The host's own, merged with the step's: handlers run after its own, descriptions are read after its own.
type Merged = 'onChange' | 'onFocus' | 'onBlur' | 'aria-describedby';

/**
 * Props of `<TwoFactorCodeInput>`: the code step's state, and the real `<input>`'s own attributes
 * (`className`, `data-*`, `aria-*`, handlers). The attributes the step owns (value, id, autocomplete…)
 * are not props; `onChange`, `onFocus` and `onBlur` are called after the step's own, and `aria-describedby`
 * is read after the step's instructions and error.
 */
export type TwoFactorCodeInputProps = Omit<
  ComponentPropsWithoutRef<'input'>,
  Exclude<keyof CodeInputAttributes, Merged> | 'children' | 'step'
> & {
  /** The state of `useTwoFactorCodeStep`: the input's props, the drawn boxes, the length and the status. */
  step: Pick<UseTwoFactorCodeStepResult, 'getInputProps' | 'slots' | 'codeLength' | 'status'>;
};

function TwoFactorCodeInputWithRef(props: TwoFactorCodeInputProps, ref: ForwardedRef<HTMLInputElement>) {
  const { step, className, onChange, onFocus, onBlur, 'aria-describedby': describedBy, ...attributes } = props;
  const { getInputProps, slots, status } = step;
  return (
    <div className="rtf-code-field" dir="ltr">
      <input
        {...attributes}
        {...getInputProps({ onChange, onFocus, onBlur, 'aria-describedby': describedBy, ref })}
        className={className ? `rtf-code-input ${className}` : 'rtf-code-input'}
        data-status={status}
      />
      {/*
        Drawn boxes for sighted users, hidden from assistive technology. Their characters are drawn by the
        stylesheet from `data-character`, so that without it they are empty and take no room: no `hidden`
        attribute, which a host's reset (`[hidden] { display: none !important }`) would keep hidden.
      */}
      <div className="rtf-code-slots" aria-hidden="true">
        {slots.map((slot, index) => (
          <span
            // biome-ignore lint/suspicious/noArrayIndexKey: slots are positions.
            key={index}
            className="rtf-code-slot"
            data-active={slot.active || undefined}
            data-filled={slot.character !== '' || undefined}
            data-character={slot.character || undefined}
          />
        ))}
      </div>
    </div>
  );
}

/**
 * The code input alone: ONE real `<input>` (`autocomplete="one-time-code"`, numeric keyboard,
 * `dir="ltr"` even in right-to-left pages) with the boxes drawn over it, so SMS autofill and password
 * managers fill the whole code. The ref, `className` and `data-*` go to the `<input>`, which also
 * carries the step's `data-status`. `<TwoFactorCodeStep>` is built on it; use it to lay out a code step
 * of your own over `useTwoFactorCodeStep`.
 *
 * @example
 * const step = useTwoFactorCodeStep({ personId });
 * <form onSubmit={step.submit}>
 *   <label htmlFor={step.ids.input}>Code</label>
 *   <TwoFactorCodeInput step={step} ref={inputRef} className="my-code" />
 * </form>
 */
export const TwoFactorCodeInput = forwardRef(TwoFactorCodeInputWithRef);
TwoFactorCodeInput.displayName = 'TwoFactorCodeInput';
