import { describe, expectTypeOf, it } from 'vitest';
import {
  type SendCodeRequest,
  type SendCodeResult,
  sendTwoFactorCodeOptions,
  type TwoFactorError,
  type UseSendTwoFactorCodeOptions,
  type UseSendTwoFactorCodeResult,
  useCooldownRemaining,
  useSendTwoFactorCode,
} from '../../src/index.js';
import { createMockAdapter } from '../../src/testing/index.js';

describe('useSendTwoFactorCode types', () => {
  it('given a cooldown, should name its seconds left "remaining" everywhere, and its length cooldownSeconds', () => {
    expectTypeOf<UseSendTwoFactorCodeResult['cooldownRemaining']>().toEqualTypeOf<number>();
    expectTypeOf(useCooldownRemaining).returns.toEqualTypeOf<UseSendTwoFactorCodeResult['cooldownRemaining']>();
    expectTypeOf<UseSendTwoFactorCodeOptions['cooldownSeconds']>().toEqualTypeOf<number | undefined>();
  });

  it('given the hook result, should type error as TwoFactorError | null', () => {
    expectTypeOf<UseSendTwoFactorCodeResult['error']>().toEqualTypeOf<TwoFactorError | null>();
  });

  it('given the hook result, should type data as SendCodeResult | undefined', () => {
    expectTypeOf<UseSendTwoFactorCodeResult['data']>().toEqualTypeOf<SendCodeResult | undefined>();
  });

  it('given the hook result, should take a SendCodeRequest as the first parameter of mutate and mutateAsync', () => {
    expectTypeOf<UseSendTwoFactorCodeResult['mutate']>().parameter(0).toEqualTypeOf<SendCodeRequest>();
    expectTypeOf<UseSendTwoFactorCodeResult['mutateAsync']>().parameter(0).toEqualTypeOf<SendCodeRequest>();
    expectTypeOf<UseSendTwoFactorCodeResult['mutateAsync']>().returns.toEqualTypeOf<Promise<SendCodeResult>>();
  });

  it('given sendTwoFactorCodeOptions, should have a mutationKey and a mutationFn from SendCodeRequest to Promise<SendCodeResult>', () => {
    const options = sendTwoFactorCodeOptions(createMockAdapter());
    expectTypeOf(options).toHaveProperty('mutationKey');
    expectTypeOf(options.mutationKey).toEqualTypeOf<readonly ['react-two-factor', 'send-code']>();
    expectTypeOf(options.mutationFn).parameter(0).toEqualTypeOf<SendCodeRequest>();
    expectTypeOf(options.mutationFn).returns.toEqualTypeOf<Promise<SendCodeResult>>();
  });

  it('given an unknown option, should reject it', () => {
    expectTypeOf(useSendTwoFactorCode).parameter(0).not.toHaveProperty('retry');
    // @ts-expect-error retry is not an option: a send is never retried
    useSendTwoFactorCode({ retry: 3 });
  });
});
