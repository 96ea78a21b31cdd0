// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import type { SendCodeResult } from '../../../src/core/contract/SendCodeResult.js';
import { clearTwoFactorState } from '../../../src/core/engine/clearTwoFactorState.js';
import { getTwoFactorEngine } from '../../../src/core/engine/getTwoFactorEngine.js';
import { personKey } from '../../../src/core/engine/personKey.js';
import { TwoFactorError } from '../../../src/core/errors/TwoFactorError.js';

const request = { personId: 'p-sign-out', medium: 'sms', language: 'en' } as const;
const key = personKey('p-sign-out');
const sent: SendCodeResult = { notes: [], raw: {} };

afterEach(() => clearTwoFactorState());

describe("the page's engine", () => {
  it('given two calls, should give the same engine, so that every hook and provider shares one', () => {
    expect(getTwoFactorEngine()).toBe(getTwoFactorEngine());
  });

  it('given a cooldown after a send, should forget it on clearTwoFactorState (sign-out)', async () => {
    await getTwoFactorEngine().send(request, async () => sent, { cooldownSeconds: 30 });
    expect(getTwoFactorEngine().getCooldownRemaining(key)).toBe(30);

    clearTwoFactorState();

    expect(getTwoFactorEngine().getCooldownRemaining(key)).toBe(0);
  });

  it('given a send in flight, should abort it on clearTwoFactorState, and a new send may go out', async () => {
    let signalSeen: AbortSignal | undefined;
    const flight = getTwoFactorEngine().send(
      request,
      (signal) => {
        signalSeen = signal;
        return new Promise<SendCodeResult>(() => {});
      },
      { cooldownSeconds: 30 },
    );

    clearTwoFactorState();

    const error = await flight.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TwoFactorError);
    expect((error as TwoFactorError).kind).toBe('aborted');
    expect(signalSeen?.aborted).toBe(true);
    await expect(getTwoFactorEngine().send(request, async () => sent, { cooldownSeconds: 30 })).resolves.toBe(sent);
  });
});
