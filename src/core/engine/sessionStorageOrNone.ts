import type { RecordStorage } from './RecordStorage.js';

/** The page's `sessionStorage`, or `undefined` where there is none (SSR) or it throws on access (sandboxed iframe, Safari private mode). */
export function sessionStorageOrNone(): RecordStorage | undefined {
  try {
    return (globalThis as { sessionStorage?: RecordStorage }).sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}
