// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { TwoFactorCodeStep, TwoFactorPrompt, TwoFactorProvider, type TwoFactorProviderProps } from '../../src/index.js';

describe('<TwoFactorProvider http> on the server', () => {
  it('given plain http options with a path, should render the prompt where there is no page to resolve the path', () => {
    const html = renderToString(
      <TwoFactorProvider http={{ baseUrl: '/api/2fa' }}>
        <TwoFactorPrompt personId="42" />
      </TwoFactorProvider>,
    );
    expect(html).toContain('data-status="idle"');
    expect(html).toContain('Send code');
  });

  it('given verify options, should render the code step, which needs an adapter that can verify', () => {
    const html = renderToString(
      <TwoFactorProvider http={{ baseUrl: '/api/2fa', verifyPath: '/Verify' }}>
        <TwoFactorCodeStep personId="42" />
      </TwoFactorProvider>,
    );
    expect(html).toContain('autoComplete="one-time-code"');
    expect(html).toContain('Verify');
  });

  it.each([
    ['both adapter and http', { adapter: { sendCode: vi.fn() }, http: { baseUrl: '/api/2fa' } }, /adapter or http, not both/],
    ['neither adapter nor http', {}, /pass http=\{\{ baseUrl: '\/api\/2fa' \}\}/],
    [
      'http with a subscriptionKey',
      { http: { baseUrl: '/api/2fa', subscriptionKey: 'provider-key-77' } },
      /must not hold a subscriptionKey.*createTwoFactorHandler/,
    ],
  ])('given %s, should throw an error that says how to fix it, never repeating a key', (_name, props, message) => {
    let thrown: unknown;
    try {
      renderToString(<TwoFactorProvider {...(props as TwoFactorProviderProps)} />);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(String(thrown)).toMatch(message);
    expect(String(thrown)).not.toContain('provider-key-77');
  });
});
