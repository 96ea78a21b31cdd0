import type { SendCodeResult } from './SendCodeResult.js';

/**
 * A code the server accepted. The backend wraps the verify answer like the
 * send answer, so it carries the same members: a `hint`, non-blocking
 * `notes`, and the `raw` body (e.g. a session token the host reads).
 */
export type VerifyCodeResult = SendCodeResult;
