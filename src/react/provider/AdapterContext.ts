'use client';
import { createContext } from 'react';
import type { TwoFactorAdapter } from '../../core/contract/TwoFactorAdapter.js';

/** The React context that carries the adapter from `TwoFactorProvider` to the hooks. */
export const AdapterContext = createContext<TwoFactorAdapter | undefined>(undefined);
AdapterContext.displayName = 'AdapterContext';
