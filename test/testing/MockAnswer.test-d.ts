import { describe, expectTypeOf, it } from 'vitest';
import type { SendCodeRequest, VerifyCodeRequest } from '../../src/core/index.js';
import {
  type CreateMockAdapterOptions,
  createMockAdapter,
  type MockAnswer,
  type MockScript,
  type MockSharedAnswer,
  type MockVerifyAnswer,
} from '../../src/testing/index.js';
import type { CreateFakeGatewayHandlersOptions } from '../../src/testing/msw/index.js';
import type { StartFakeGatewayOptions } from '../../src/testing/node/index.js';

const wrong = { type: 'invalid', issues: [{ propertyName: 'Code', message: 'The code is not correct.' }] } as const;

describe('MockAnswer and MockVerifyAnswer', () => {
  it('given each operation, should take its own word for success and not the other', () => {
    expectTypeOf({ type: 'sent', hint: 'A code was sent.' } as const).toExtend<MockAnswer>();
    expectTypeOf({ type: 'verified', hint: 'Welcome back.' } as const).toExtend<MockVerifyAnswer>();
    expectTypeOf({ type: 'verified' } as const).not.toExtend<MockAnswer>();
    expectTypeOf({ type: 'sent' } as const).not.toExtend<MockVerifyAnswer>();
  });

  it('given a refusal, a failure or a verbatim answer, should fit both scripts as the shared answer', () => {
    expectTypeOf<MockSharedAnswer>().toExtend<MockAnswer>();
    expectTypeOf<MockSharedAnswer>().toExtend<MockVerifyAnswer>();
    expectTypeOf(wrong).toExtend<MockSharedAnswer>();
    expectTypeOf({ type: 'error', kind: 'server', status: 503 } as const).toExtend<MockSharedAnswer>();
    expectTypeOf({ type: 'http', answer: { status: 502, body: '<h1>Bad gateway</h1>' } } as const).toExtend<MockSharedAnswer>();
  });

  it('given the request type, should type a script with that operation’s answers', () => {
    expectTypeOf<MockScript<SendCodeRequest>>().toEqualTypeOf<
      MockAnswer | readonly MockAnswer[] | ((request: SendCodeRequest, callIndex: number) => MockAnswer)
    >();
    expectTypeOf<MockScript<VerifyCodeRequest>>().toEqualTypeOf<
      MockVerifyAnswer | readonly MockVerifyAnswer[] | ((request: VerifyCodeRequest, callIndex: number) => MockVerifyAnswer)
    >();
    expectTypeOf<CreateMockAdapterOptions['verifyAnswers']>().toEqualTypeOf<MockScript<VerifyCodeRequest> | undefined>();
    expectTypeOf<CreateFakeGatewayHandlersOptions['verifyAnswers']>().toEqualTypeOf<MockScript<VerifyCodeRequest> | undefined>();
    expectTypeOf<StartFakeGatewayOptions['answers']>().toEqualTypeOf<MockScript<SendCodeRequest> | undefined>();
  });

  it('given the other operation’s word in a script, should be a type error', () => {
    createMockAdapter({ answers: { type: 'sent' }, verifyAnswers: [wrong, { type: 'verified' }] });
    createMockAdapter({ verifyAnswers: (request) => (request.code === '123456' ? { type: 'verified' } : wrong) });
    // @ts-expect-error `sent` is a send's word: a right code is `verified`.
    createMockAdapter({ verifyAnswers: { type: 'sent' } });
    // @ts-expect-error `verified` is a verify's word: a send that succeeds is `sent`.
    createMockAdapter({ answers: [{ type: 'verified' }] });
    // @ts-expect-error the same in a function's answer.
    createMockAdapter({ verifyAnswers: () => ({ type: 'sent' as const }) });
    expectTypeOf({ verifyPath: '/Verify', verifyAnswers: { type: 'sent' } } as const).not.toExtend<StartFakeGatewayOptions>();
    expectTypeOf({ verifyPath: '/Verify', verifyAnswers: { type: 'verified' } } as const).toExtend<StartFakeGatewayOptions>();
    expectTypeOf({ answers: { type: 'verified' } } as const).not.toExtend<CreateFakeGatewayHandlersOptions>();
  });
});
