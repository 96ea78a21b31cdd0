'use client';
import { useContext } from 'react';
import type { TwoFactorAdapter } from '../../core/contract/TwoFactorAdapter.js';
import { AdapterContext } from './TwoFactorProvider.js';

/**
 * The adapter to use: `adapter` when given, else the one from the nearest
 * `TwoFactorProvider`, the way `useQueryClient(client?)` works.
 *
 * @throws {Error} when neither is there, saying how to fix it.
 */
export function useTwoFactorAdapter(adapter?: TwoFactorAdapter): TwoFactorAdapter {
  const provided = useContext(AdapterContext);
  const resolved = adapter ?? provided;
  if (!resolved) {
    throw new Error('No TwoFactorAdapter set: wrap in <TwoFactorProvider adapter={…}> or pass { adapter }');
  }
  return resolved;
}
