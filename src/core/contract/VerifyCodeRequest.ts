/** What the host asks for: check the code this person typed. */
export interface VerifyCodeRequest {
  /** The person the code was sent to. */
  personId: string;
  /** The portal's context id. */
  contextId?: string | undefined;
  /** The two-factor authentication id. */
  twoFactorId?: string | undefined;
  /** The code as typed, pasted or autofilled, normalised (no spaces or dashes). */
  code: string;
}
