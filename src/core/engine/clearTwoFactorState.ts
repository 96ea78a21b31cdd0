import { getTwoFactorEngine } from './getTwoFactorEngine.js';

/**
 * Forgets every cooldown and wrong-code count on the page, stored and in
 * memory, and aborts the sends and verifies in flight. Call it on sign-out,
 * and between tests.
 *
 * @example
 * async function signOut() {
 *   clearTwoFactorState();
 *   await session.end();
 * }
 */
export function clearTwoFactorState(): void {
  getTwoFactorEngine().clear();
}
