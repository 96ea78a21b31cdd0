import type { TwoFactorMessages } from '../../i18n/TwoFactorMessages.js';
import type { CodeInputAttributes } from './CodeInputAttributes.js';
import type { CodeInputHostProps } from './CodeInputHostProps.js';
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
  /** Messages to show at each field: at `code`, the server's (a wrong code), then the attempts left. */
  fieldErrors: Partial<Record<'code', string[]>>;
  /** The error summary's lines: a friendly message for the error kind, then the server's own texts; the lock message when locked, counting down to the next code while a cooldown holds the resend. Empty when there is none. */
  errorSummary: readonly string[];
  /** Wrong codes left before the lock. */
  attemptsLeft: number;
  /** The boxes to draw over the input. */
  slots: readonly CodeSlot[];
  /** Element ids, stable across server and client. */
  ids: { title: string; input: string; instructions: string; error: string; summary: string; status: string };
  /** Props of the single real `<input>` (autofill and password managers see one field), with the host's own handlers and ref merged. */
  getInputProps: (hostProps?: CodeInputHostProps) => CodeInputAttributes;
  /** The underlying verify hook result. */
  verify: UseVerifyTwoFactorCodeResult;
}
