import type { ChangeEvent, FocusEvent } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { Medium } from '../../core/contract/Medium.js';
import type { ValidationIssue } from '../../core/contract/ValidationIssue.js';
import type { TwoFactorMessages } from '../../i18n/TwoFactorMessages.js';
import type { UseSendTwoFactorCodeResult } from '../send/UseSendTwoFactorCodeResult.js';
import type { LanguageOption } from './resolveLanguages.js';
import type { TwoFactorPromptStatus } from './TwoFactorPromptStatus.js';
import type { TwoFactorPromptValues } from './TwoFactorPromptValues.js';

/** A host's own handlers, merged by the prompt's prop getters. */
export interface PromptFieldHostProps<Element extends HTMLElement> {
  /** Called after the prompt's own change handler. */
  onChange?: ((event: ChangeEvent<Element>) => void) | undefined;
  /** Called after the prompt's own blur handler. */
  onBlur?: ((event: FocusEvent<Element>) => void) | undefined;
}

type RegisteredField<Name extends keyof TwoFactorPromptValues, Element extends HTMLElement> = Omit<
  UseFormRegisterReturn<Name>,
  'onChange' | 'onBlur'
> &
  Required<PromptFieldHostProps<Element>>;

/** The headless state of the prompt, and prop getters to render it. */
export interface UseTwoFactorPromptResult {
  /** Where the prompt is. */
  status: TwoFactorPromptStatus;
  /** The resolved texts. */
  messages: TwoFactorMessages;
  /** The mediums offered, with their names. */
  mediumOptions: ReadonlyArray<{ value: Medium; label: string }>;
  /** The languages offered, each named in itself. */
  languageOptions: readonly LanguageOption[];
  /** Messages to show at each field, from the form check or the server; a server message goes once the person changes that field. */
  fieldErrors: Partial<Record<keyof TwoFactorPromptValues, string[]>>;
  /** The error summary's lines: a friendly message for the error kind, then the server's own texts. Empty when there is no error. A rate limit's line counts down with the send button (the result re-renders once a second) and is gone when the wait ends. */
  errorSummary: readonly string[];
  /** Why the last click sent nothing (a cooldown, a code being sent), for the status region; a cooldown's seconds count down with the send button; `undefined` once it no longer holds. */
  refusal: string | undefined;
  /** Non-blocking Warning and Info issues of the last successful send. */
  notes: readonly ValidationIssue[];
  /** The success text: the server's hint, else the catalogue's `sent`. */
  hint: string | undefined;
  /** The person the prompt sends to, for a countdown rendered elsewhere (`useCooldownRemaining`, `SendButtonLabel`). */
  person: { personId: string; contextId?: string | undefined };
  /** Epoch milliseconds when another code may be sent, during a cooldown. */
  cooldownUntil: number | undefined;
  /** Whether a send would go out now. */
  canSend: boolean;
  /** Whether a code was sent since mount: the button then says "Resend". */
  hasSent: boolean;
  /** Element ids, stable across server and client. */
  ids: { title: string; summary: string; status: string; medium: string; language: string; mediumError: string; languageError: string };
  /** Submits the form: validates, then sends once. */
  submit: (event?: { preventDefault?: () => void }) => Promise<void>;
  /** Registers a medium radio input; the host's own `onChange` and `onBlur` are called too. */
  getMediumInputProps: (
    medium: Medium,
    hostProps?: PromptFieldHostProps<HTMLInputElement> | undefined,
  ) => RegisteredField<'medium', HTMLInputElement> & {
    type: 'radio';
    value: Medium;
    id: string;
    'aria-invalid'?: true | undefined;
    'aria-describedby'?: string | undefined;
  };
  /** Registers the language select; the host's own `onChange` and `onBlur` are called too. */
  getLanguageSelectProps: (hostProps?: PromptFieldHostProps<HTMLSelectElement>) => RegisteredField<'language', HTMLSelectElement> & {
    id: string;
    'aria-invalid'?: true | undefined;
    'aria-describedby'?: string | undefined;
  };
  /** The underlying send hook result, for anything not covered here. */
  send: UseSendTwoFactorCodeResult;
}
