import type { ChangeEvent, FocusEvent, Ref } from 'react';

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
