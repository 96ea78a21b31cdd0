import type { ChangeEvent, FocusEvent } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import { mergeHandlers } from '../shared/mergeHandlers.js';
import type { TwoFactorPromptValues } from './TwoFactorPromptValues.js';
import type { PromptFieldHostProps } from './UseTwoFactorPromptResult.js';

type Field = keyof TwoFactorPromptValues;

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
