import type { ChangeEvent, FocusEvent } from 'react';
import type { UseFormRegister, UseFormRegisterReturn } from 'react-hook-form';
import { mergeHandlers } from '../shared/mergeHandlers.js';
import type { TwoFactorPromptValues } from './TwoFactorPromptValues.js';

type Field = keyof TwoFactorPromptValues;

/** A host's own handlers, merged by the prompt's prop getters. */
export interface PromptFieldHostProps<Element extends HTMLElement> {
  /** Called after the prompt's own change handler. @default undefined */
  onChange?: ((event: ChangeEvent<Element>) => void) | undefined;
  /** Called after the prompt's own blur handler. @default undefined */
  onBlur?: ((event: FocusEvent<Element>) => void) | undefined;
}

/** What a prompt's prop getter gives a field: react-hook-form's registration with the merged handlers. */
export type RegisteredField<Name extends Field, Element extends HTMLElement> = Omit<UseFormRegisterReturn<Name>, 'onChange' | 'onBlur'> &
  Required<PromptFieldHostProps<Element>>;

/**
 * The prompt's field props getter: react-hook-form's registration, the person's change marked (so that
 * a server message at that field goes), the host's own handlers merged, and a field's error described.
 */
export function promptFieldProps(
  register: UseFormRegister<TwoFactorPromptValues>,
  markChanged: (name: Field) => void,
  fieldErrors: Partial<Record<Field, readonly string[]>>,
) {
  return <Name extends Field, Element extends HTMLElement>(
    name: Name,
    errorId: string,
    host: PromptFieldHostProps<Element> | undefined,
  ) => {
    const registered = register(name);
    const onChange = (event: ChangeEvent<Element>) => {
      markChanged(name);
      return registered.onChange(event);
    };
    return {
      ...registered,
      onChange: mergeHandlers(onChange, host?.onChange),
      onBlur: mergeHandlers((event: FocusEvent<Element>) => registered.onBlur(event), host?.onBlur),
      ...(fieldErrors[name] && { 'aria-invalid': true as const, 'aria-describedby': errorId }),
    };
  };
}
