'use client';
import { useContext } from 'react';
import { LocaleContext } from './TwoFactorProvider.js';

/**
 * The locale a call goes out with, the nearest one winning: the hook's or
 * component's own `locale`, else the provider's, else `fallback` (the
 * catalogue's, in the components).
 */
export function useTwoFactorLocale(locale: string | undefined, fallback?: string): string | undefined {
  const providerLocale = useContext(LocaleContext);
  return locale ?? providerLocale ?? fallback;
}
