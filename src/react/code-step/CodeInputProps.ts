import type { ChangeEvent, FocusEvent } from 'react';

/** The props `getInputProps` gives the single real `<input>` of the code step. */
export interface CodeInputProps {
  id: string;
  name: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onFocus: (event: FocusEvent<HTMLInputElement>) => void;
  onBlur: (event: FocusEvent<HTMLInputElement>) => void;
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
}
