'use client';
import { type ChangeEvent, type FocusEvent, type Ref, useCallback, useEffect, useRef, useState } from 'react';
import { mergeHandlers } from '../shared/mergeHandlers.js';

/** One drawn box of the code. */
export interface CodeSlot {
  /** The character in this box, or `''`. */
  character: string;
  /** Whether the caret is at this box (the input has focus). */
  active: boolean;
}

/** The attributes `getInputProps` gives the code step's one real `<input>`: spread them all on it. */
export interface CodeInputAttributes {
  /** The input's id, which the step's `<label htmlFor>` names (`ids.input`). */
  id: string;
  /** The form field's name. */
  name: 'code';
  /** The code typed so far, normalised. */
  value: string;
  /** Normalises the typed, pasted or autofilled text, then calls the host's `onChange`. */
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  /** Moves the drawn caret box in, then calls the host's `onFocus`. */
  onFocus: (event: FocusEvent<HTMLInputElement>) => void;
  /** Hides the drawn caret box, then calls the host's `onBlur`. */
  onBlur: (event: FocusEvent<HTMLInputElement>) => void;
  /** Lets SMS autofill and password managers fill the whole code. */
  autoComplete: 'one-time-code';
  /** `numeric` when the code pattern takes digits only. */
  inputMode: 'numeric' | 'text';
  /** Codes read left to right, even in right-to-left pages. */
  dir: 'ltr';
  /** No spelling check of a code. */
  spellCheck: false;
  /** No autocorrection of a code. */
  autoCorrect: 'off';
  /** No capitalisation of a code. */
  autoCapitalize: 'off';
  /** True once the code is accepted or the step is locked, so that nothing sends another verify. */
  readOnly: boolean;
  /** Set while the server refuses the code. */
  'aria-invalid'?: true | undefined;
  /** The instructions, the error when there is one, then the host's own `aria-describedby`. */
  'aria-describedby': string;
  /** The step's ref (it focuses the input after a wrong code) merged with the host's. */
  ref: (element: HTMLInputElement | null) => void;
}

/** A host's own props for the code input, merged by `getInputProps`: its handlers run after the step's, its ref beside the step's. */
export interface CodeInputHostProps {
  /** Called after the step's own change handler (which normalises the code). @default undefined */
  onChange?: ((event: ChangeEvent<HTMLInputElement>) => void) | undefined;
  /** Called after the step's own focus handler. @default undefined */
  onFocus?: ((event: FocusEvent<HTMLInputElement>) => void) | undefined;
  /** Called after the step's own blur handler. @default undefined */
  onBlur?: ((event: FocusEvent<HTMLInputElement>) => void) | undefined;
  /** Ids of the host's own descriptions, read after the step's instructions and error. @default undefined */
  'aria-describedby'?: string | undefined;
  /** The host's ref to the `<input>`; the step keeps its own (it focuses the input after a wrong code). @default undefined */
  ref?: Ref<HTMLInputElement> | undefined;
}

// `/\d/`, `/[0-9]/` and the like get the numeric keyboard; a pattern that also takes letters does not.
function onlyDigits(pattern: RegExp): boolean {
  const single = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
  return [...'0123456789'].every((character) => single.test(character)) && ![...'aAzZ'].some((character) => single.test(character));
}

// Sets a host's ref, and returns how to unset it: React 19's cleanup when the callback gave one.
function setRef(ref: Ref<HTMLInputElement> | undefined, element: HTMLInputElement): () => void {
  if (typeof ref === 'function') {
    const cleanup = ref(element);
    return typeof cleanup === 'function' ? cleanup : () => ref(null);
  }
  if (ref) (ref as { current: HTMLInputElement | null }).current = element;
  return () => {
    if (ref) (ref as { current: HTMLInputElement | null }).current = null;
  };
}

/**
 * The code step's one real `<input>`: its props getter (the host's handlers and ref merged), the
 * boxes drawn over it (the caret box follows focus), and the ref the step focuses after a wrong code.
 */
export function useCodeInput({
  ids,
  code,
  setCode,
  codeLength,
  codePattern,
  readOnly,
  invalid,
}: {
  ids: { input: string; instructions: string; error: string };
  code: string;
  setCode: (value: string) => void;
  codeLength: number;
  codePattern: RegExp;
  readOnly: boolean;
  invalid: boolean;
}) {
  const [focused, setFocused] = useState(false);
  const inputRef = useRef<HTMLInputElement | null>(null);
  // One ref callback for the life of the step: a new one each render would detach and re-attach the
  // host's ref on every keystroke. The host's ref of the latest render is read when React attaches it.
  const hostRef = useRef<Ref<HTMLInputElement> | undefined>(undefined);
  const attachedRef = useRef<{ ref: Ref<HTMLInputElement> | undefined; unset: () => void } | undefined>(undefined);
  const mergedRef = useCallback((element: HTMLInputElement | null) => {
    inputRef.current = element;
    attachedRef.current?.unset();
    attachedRef.current = element ? { ref: hostRef.current, unset: setRef(hostRef.current, element) } : undefined;
  }, []);
  // A host that swaps its ref while the input stays mounted: the new one gets the element, as React does.
  useEffect(() => {
    const attached = attachedRef.current;
    if (!attached || attached.ref === hostRef.current || !inputRef.current) return;
    attached.unset();
    attachedRef.current = { ref: hostRef.current, unset: setRef(hostRef.current, inputRef.current) };
  });
  const slots: CodeSlot[] = Array.from({ length: codeLength }, (_, index) => ({
    character: code[index] ?? '',
    active: focused && index === Math.min(code.length, codeLength - 1),
  }));
  const getInputProps = (host: CodeInputHostProps = {}): CodeInputAttributes => {
    hostRef.current = host.ref;
    return {
      id: ids.input,
      name: 'code',
      value: code,
      onChange: mergeHandlers((event) => setCode(event.target.value), host.onChange),
      onFocus: mergeHandlers(() => setFocused(true), host.onFocus),
      onBlur: mergeHandlers(() => setFocused(false), host.onBlur),
      autoComplete: 'one-time-code',
      inputMode: onlyDigits(codePattern) ? 'numeric' : 'text',
      dir: 'ltr',
      // No maxLength: the browser would cut a paste before normalising it, so a code pasted with the text
      // around it (a whole SMS) would lose its digits. The length is enforced by normalising.
      spellCheck: false,
      autoCorrect: 'off',
      autoCapitalize: 'off',
      // Once accepted or locked, typing (or a late WebOTP code) must not send another verify.
      readOnly,
      ...(invalid && { 'aria-invalid': true as const }),
      'aria-describedby': [ids.instructions, invalid ? ids.error : undefined, host['aria-describedby']].filter(Boolean).join(' '),
      ref: mergedRef,
    };
  };
  return { slots, getInputProps, inputRef };
}
