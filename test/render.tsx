import { QueryClient } from '@tanstack/react-query';
import { type RenderOptions, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { onTestFinished, vi } from 'vitest';
import { type TwoFactorAdapter, TwoFactorProvider } from '../src/index.js';

/** Options of the shared test render helper. */
export interface RenderWithTwoFactorOptions extends Omit<RenderOptions, 'wrapper'> {
  /** The adapter the provider injects. */
  adapter: TwoFactorAdapter;
  /** A QueryClient, e.g. one whose defaults would retry. @default a fresh private one */
  queryClient?: QueryClient;
  /** The provider's `locale`. @default undefined */
  locale?: string;
  /** Options for user-event, e.g. `{ advanceTimers: vi.advanceTimersByTime }` with fake timers. */
  user?: Parameters<typeof userEvent.setup>[0];
}

/** Renders through the public API, inside a `TwoFactorProvider`, with a user-event instance. */
export function renderWithTwoFactor(ui: ReactElement, { adapter, queryClient, locale, user, ...options }: RenderWithTwoFactorOptions) {
  const client = queryClient ?? new QueryClient();
  const utils = render(ui, {
    ...options,
    wrapper: ({ children }) => (
      <TwoFactorProvider adapter={adapter} queryClient={client} {...(locale !== undefined && { locale })}>
        {children}
      </TwoFactorProvider>
    ),
  });
  return { ...utils, user: userEvent.setup(user), queryClient: client };
}

/**
 * Person ids unique within a test file (`P-<prefix>-1`, `P-<prefix>-2`, …): the engine keeps a cooldown or a
 * lock per person, and sessionStorage may hold one across a test's end, so each test takes a fresh person.
 */
export function personIds(prefix: string): () => string {
  let count = 0;
  return () => {
    count += 1;
    return `P-${prefix}-${count}`;
  };
}

/**
 * For a test that expects a render to throw: React 18 also reports that
 * error as an uncaught window error (jsdom prints it) and through
 * console.error (React 19 does neither), which is only noise there.
 */
export function silenceRenderErrorReports() {
  const swallow = (event: ErrorEvent) => event.preventDefault();
  window.addEventListener('error', swallow);
  onTestFinished(() => window.removeEventListener('error', swallow));
  vi.spyOn(console, 'error').mockImplementation(() => {});
}
