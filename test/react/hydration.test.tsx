import { act } from '@testing-library/react';
import { type ReactNode, useLayoutEffect } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getTwoFactorEngine } from '../../src/core/index.js';
import { TwoFactorFlow, TwoFactorPrompt, TwoFactorProvider } from '../../src/index.js';
import { createMockAdapter } from '../../src/testing/index.js';
import { holdClock } from '../clock.js';

// Hydration is its own render: server HTML in a container, then `hydrateRoot`, so no shared render helper.

const personId = 'P-hydrate';
let phase: 'render' | 'commit' = 'render';

/** Marks the first render over: the first child's layout effect runs before any other effect of the tree. */
function CommitMarker() {
  useLayoutEffect(() => {
    phase = 'commit';
  }, []);
  return null;
}

function Page({ children }: { children: ReactNode }) {
  return (
    <TwoFactorProvider adapter={createMockAdapter()}>
      <CommitMarker />
      {children}
    </TwoFactorProvider>
  );
}

const tree = (
  <Page>
    <TwoFactorPrompt personId={personId} />
    <TwoFactorFlow personId={personId} />
  </Page>
);

afterEach(() => {
  vi.restoreAllMocks();
  phase = 'render';
});

describe('hydration', () => {
  it('given server HTML and a cooldown kept from before the reload, should hydrate without a mismatch or a clock read, then show the cooldown', async () => {
    holdClock();
    await getTwoFactorEngine().send({ personId, medium: 'sms', language: 'en' }, async () => ({ notes: [], raw: {} }), {
      cooldownSeconds: 30,
    });
    const container = document.createElement('div');
    container.innerHTML = renderToString(tree);
    document.body.append(container);
    expect(container.querySelector('.rtf-prompt')).toHaveAttribute('data-status', 'idle');

    const clockReads: string[] = [];
    const realNow = Date.now.bind(Date);
    vi.spyOn(Date, 'now').mockImplementation(() => {
      clockReads.push(phase);
      return realNow();
    });
    const recoverableErrors: unknown[] = [];
    phase = 'render';
    await act(async () => {
      hydrateRoot(container, tree, { onRecoverableError: (error) => recoverableErrors.push(error) });
    });

    expect(recoverableErrors).toEqual([]);
    expect(clockReads).not.toContain('render');
    // After hydration, the page's cooldown shows: the same on both parts (the prompt and the flow's prompt).
    const prompts = [...container.querySelectorAll('.rtf-prompt')];
    expect(prompts).toHaveLength(2);
    for (const prompt of prompts) {
      expect(prompt).toHaveAttribute('data-status', 'cooling-down');
      expect(prompt.querySelector('.rtf-submit')).toHaveTextContent('Resend in 30 s');
    }
    container.remove();
  });
});
