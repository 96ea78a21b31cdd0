import { describe, expectTypeOf, it } from 'vitest';
import { createTwoFactorEngine } from '../../../src/core/engine/createTwoFactorEngine.js';
import type {
  SendChoice,
  SendCodeResult,
  TwoFactorChange,
  TwoFactorEngine,
  TwoFactorError,
  TwoFactorPersonSnapshot,
} from '../../../src/core/index.js';

describe('engine types', () => {
  it('given a snapshot, should hold only precomputed, read-only values (no clock to read)', () => {
    expectTypeOf<TwoFactorPersonSnapshot>().toEqualTypeOf<{
      readonly sending: SendChoice | undefined;
      readonly verifying: boolean;
      readonly cooldownUntil: number | undefined;
      readonly failedAttempts: number;
    }>();
    const snapshot = createTwoFactorEngine().getSnapshot('key');
    // @ts-expect-error a snapshot is read-only
    snapshot.failedAttempts = 1;
  });

  it('given the engine, should type a refusal as a TwoFactorError or undefined, and every send as a SendCodeResult', () => {
    expectTypeOf<ReturnType<TwoFactorEngine['refusal']>>().toEqualTypeOf<TwoFactorError | undefined>();
    expectTypeOf<ReturnType<TwoFactorEngine['send']>>().toEqualTypeOf<Promise<SendCodeResult>>();
    expectTypeOf<ReturnType<TwoFactorEngine['getCooldownRemaining']>>().toEqualTypeOf<number>();
  });

  it('given a listener, should tell it what changed', () => {
    expectTypeOf<Parameters<TwoFactorEngine['subscribe']>[1]>().toEqualTypeOf<(change: TwoFactorChange) => void>();
  });
});
