// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { TwoFactorCodeStep, TwoFactorFlow, TwoFactorPrompt, TwoFactorProvider } from '../../src/index.js';
import { fr } from '../../src/locales/fr.js';
import { createMockAdapter } from '../../src/testing/index.js';

// No DOM here, so no shared render helper: this is the server's own render.

// The shared test/setup.ts clears sessionStorage after each test, which Node
// does not have. This file's afterEach runs before it (hooks run as a stack),
// so a throwaway storage appears only after each render, never during one.
const hadSessionStorage = 'sessionStorage' in globalThis;
afterEach(() => {
  if (!('sessionStorage' in globalThis)) Object.defineProperty(globalThis, 'sessionStorage', { value: { clear() {} }, configurable: true });
});
afterAll(() => {
  if (!hadSessionStorage) Reflect.deleteProperty(globalThis, 'sessionStorage');
});

describe('TwoFactorPrompt on the server', () => {
  it('given renderToString, should render the idle prompt with its button text and data-status="idle"', () => {
    const adapter = createMockAdapter();
    const html = renderToString(
      <TwoFactorProvider adapter={adapter}>
        <TwoFactorPrompt personId="ssr-person" className="login-2fa" />
      </TwoFactorProvider>,
    );

    expect('sessionStorage' in globalThis).toBe(false);
    expect(html).toContain('data-status="idle"');
    expect(html).toContain('>Send code</button>');
    expect(html).toContain('Send a verification code');
    expect(html).toContain('class="rtf-prompt login-2fa"');
    expect(adapter.calls).toHaveLength(0);
  });

  it('given the fr catalogue, should render the French button text', () => {
    const html = renderToString(
      <TwoFactorProvider adapter={createMockAdapter()}>
        <TwoFactorPrompt personId="ssr-person" messages={fr} />
      </TwoFactorProvider>,
    );

    expect(html).toContain('>Envoyer le code</button>');
    expect(html).toContain('data-status="idle"');
  });

  it('given renderToString of the provider, the prompt and the flow, should read no clock (Next.js refuses Date.now() in a render)', () => {
    const now = vi.spyOn(Date, 'now');
    try {
      const html = renderToString(
        <TwoFactorProvider adapter={createMockAdapter()}>
          <TwoFactorPrompt personId="ssr-clock" />
          <TwoFactorFlow personId="ssr-clock" />
        </TwoFactorProvider>,
      );
      expect(html).toContain('>Send code</button>');
      expect(now).not.toHaveBeenCalled();
    } finally {
      now.mockRestore();
    }
  });

  it('given renderToString of the code step, should read no clock and draw its empty boxes', () => {
    const now = vi.spyOn(Date, 'now');
    try {
      const html = renderToString(
        <TwoFactorProvider adapter={createMockAdapter()}>
          <TwoFactorCodeStep personId="ssr-clock" codeLength={4} />
        </TwoFactorProvider>,
      );
      expect(html).toContain('autoComplete="one-time-code"');
      expect(html.match(/class="rtf-code-slot"/g)).toHaveLength(4);
      expect(now).not.toHaveBeenCalled();
    } finally {
      now.mockRestore();
    }
  });
});
