'use client';
import { createContext } from 'react';
import type { TwoFactorAdapter } from '../core/TwoFactorAdapter.js';

/** Carries the adapter from `TwoFactorProvider` to the hooks. */
export const TwoFactorAdapterContext = createContext<TwoFactorAdapter | undefined>(undefined);
TwoFactorAdapterContext.displayName = 'TwoFactorAdapterContext';
