'use client';
import { createContext } from 'react';

/** The provider's `locale`, when it sets one. */
export const LocaleContext = createContext<string | undefined>(undefined);
