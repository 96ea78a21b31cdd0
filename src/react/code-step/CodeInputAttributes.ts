import type { ChangeEvent, FocusEvent } from 'react';

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
