'use client';
import { type Ref, useCallback, useEffect, useRef, useState } from 'react';
import { mergeHandlers } from '../shared/mergeHandlers.js';
import type { CodeInputAttributes } from './CodeInputAttributes.js';
import type { CodeInputHostProps } from './CodeInputHostProps.js';
import type { CodeSlot } from './CodeSlot.js';

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
