import type { Medium } from '../Medium.js';

/** What a send asks for besides the person: a second intent joins the send in flight only when these match. */
export interface SendChoice {
  readonly medium: Medium | undefined;
  readonly language: string | undefined;
  readonly twoFactorId: string | undefined;
}
