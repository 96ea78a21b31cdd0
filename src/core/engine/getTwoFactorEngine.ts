import { createTwoFactorEngine } from './createTwoFactorEngine.js';
import type { TwoFactorEngine } from './TwoFactorEngine.js';

// Created on first use, not at import: nothing runs at import time.
let pageEngine: TwoFactorEngine | undefined;

/**
 * The page's one engine, shared by every hook and provider, so that one
 * intent sends one code on the whole page.
 */
export function getTwoFactorEngine(): TwoFactorEngine {
  pageEngine ??= createTwoFactorEngine();
  return pageEngine;
}
