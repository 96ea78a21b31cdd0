/** One drawn box of the code. */
export interface CodeSlot {
  /** The character in this box, or `''`. */
  character: string;
  /** Whether the caret is at this box (the input has focus). */
  active: boolean;
}
