import type { ChangeEvent } from 'react';
import type { TwoFactorMessages } from '../../locales/TwoFactorMessages.js';
import type { CodeSlot } from './CodeSlot.js';
import type { UseVerifyTwoFactorCodeResult } from './UseVerifyTwoFactorCodeResult.js';
import type { VerifyTwoFactorCodeStatus } from './VerifyTwoFactorCodeStatus.js';

/** The headless state of the code step, and the props of its one input. */
export interface UseTwoFactorCodeStepResult {
  /** Where the step is. */
  status: VerifyTwoFactorCodeStatus;
  /** The code so far, normalised. */
  code: string;
  /** Sets the code (normalised); verifies it when complete and `autoSubmit` is on. */
  setCode: (value: string) => void;
  /** Submits the code as it is. */
  submit: (event?: { preventDefault?: () => void }) => void;
  /** The resolved texts. */
  messages: TwoFactorMessages;
  /** Characters in a code. */
  codeLength: number;
  /** Messages at the code input, from the server. */
  fieldErrors: readonly string[];
  /** The error summary's lines (a friendly message for the kind, then server texts); the lock message when locked. */
  formErrors: readonly string[];
  /** Wrong codes left before the lock. */
  attemptsLeft: number;
  /** The boxes to draw over the input. */
  slots: readonly CodeSlot[];
  /** Element ids, stable across server and client. */
  ids: { title: string; input: string; instructions: string; error: string; summary: string; status: string };
  /** Props of the single real `<input>`: autofill and password managers see one field. */
  inputProps: {
    id: string;
    name: string;
    value: string;
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
    onFocus: () => void;
    onBlur: () => void;
    autoComplete: 'one-time-code';
    inputMode: 'numeric' | 'text';
    dir: 'ltr';
    spellCheck: false;
    autoCorrect: 'off';
    autoCapitalize: 'off';
    readOnly: boolean;
    'aria-invalid'?: true;
    'aria-describedby': string;
    ref: (element: HTMLInputElement | null) => void;
  };
  /** The underlying verify hook result. */
  verify: UseVerifyTwoFactorCodeResult;
}
