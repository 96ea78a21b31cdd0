// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type { SendCodeResult } from '../../../src/core/contract/SendCodeResult.js';
import { createTwoFactorEngine } from '../../../src/core/engine/createTwoFactorEngine.js';
import { personKey } from '../../../src/core/engine/personKey.js';
import { cooldownSecondsOf, maxAttemptsOf } from '../../../src/core/engine/TwoFactorEngine.js';

const person = { personId: 'p-1', contextId: 'portal' };
const sent: SendCodeResult = { notes: [], raw: {} };

describe('the engine options', () => {
  it('given a cooldown of 0 seconds, should send and start no cooldown', async () => {
    const engine = createTwoFactorEngine({ storage: () => undefined });
    await engine.send(person, async () => sent, { cooldownSeconds: 0 });
    expect(engine.getCooldownRemaining(personKey('p-1', 'portal'))).toBe(0);
    expect(engine.refusal(person)).toBeUndefined();
  });

  it('given a wrong cooldownSeconds or maxAttempts, should name the caller, the option and the value', () => {
    const engine = createTwoFactorEngine({ storage: () => undefined });
    const call = vi.fn(async () => sent);
    expect(() => engine.send(person, call, { cooldownSeconds: -1 })).toThrowError(
      new TypeError('TwoFactorEngine.send: cooldownSeconds must be 0 or more; got -1.'),
    );
    expect(() => engine.verify({ ...person, code: '123456' }, call, { maxAttempts: 0 })).toThrowError(
      new TypeError('TwoFactorEngine.verify: maxAttempts must be a positive whole number; got 0.'),
    );
    expect(call).not.toHaveBeenCalled();
  });

  it('given no options, should fill in the 30 s cooldown and the 5 attempts', () => {
    expect(cooldownSecondsOf('useSendTwoFactorCode', {})).toBe(30);
    expect(maxAttemptsOf('useVerifyTwoFactorCode', {})).toBe(5);
    expect(cooldownSecondsOf('useSendTwoFactorCode', { cooldownSeconds: 0 })).toBe(0);
    expect(maxAttemptsOf('useVerifyTwoFactorCode', { maxAttempts: 1 })).toBe(1);
  });
});
