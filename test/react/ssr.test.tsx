// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TwoFactorProvider, useSendTwoFactorCode } from '../../src/index.js';
import { createMockAdapter } from '../../src/testing/index.js';

const browserGlobals = ['window', 'document', 'navigator', 'sessionStorage', 'localStorage', 'fetch'] as const;
type BrowserGlobal = (typeof browserGlobals)[number];

/** Replaces each browser global with a getter that records the access, and gives a way to put them back. */
function watchBrowserGlobals() {
  const touched: BrowserGlobal[] = [];
  const originals = browserGlobals.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
  for (const name of browserGlobals) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        touched.push(name);
        return undefined;
      },
    });
  }
  const restore = () => {
    for (const [name, descriptor] of originals) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else Reflect.deleteProperty(globalThis, name);
    }
  };
  return { touched, restore };
}

function SendButton({ personId }: { personId: string }) {
  const send = useSendTwoFactorCode({ personId });
  return (
    <button type="button" disabled={!send.canSend}>
      {send.cooldownRemaining > 0 ? `Resend in ${send.cooldownRemaining} s` : 'Send code'}
    </button>
  );
}

describe('server rendering', () => {
  // test/setup.ts clears sessionStorage after every test, and Node 20 has none:
  // lend it an empty one. The render itself runs with every browser global trapped.
  beforeAll(() => {
    Object.defineProperty(globalThis, 'sessionStorage', { configurable: true, value: { clear() {} } });
  });
  afterAll(() => {
    Reflect.deleteProperty(globalThis, 'sessionStorage');
  });

  let restore = () => {};
  afterEach(() => restore());

  it('given a server render inside the provider, should render the idle state and touch no browser API', () => {
    const watch = watchBrowserGlobals();
    restore = watch.restore;

    const html = renderToString(
      <TwoFactorProvider adapter={createMockAdapter()}>
        <SendButton personId="42" />
      </TwoFactorProvider>,
    );
    watch.restore();

    expect(html).toContain('Send code');
    expect(html).not.toContain('disabled');
    expect(watch.touched).toEqual([]);
  });
});
