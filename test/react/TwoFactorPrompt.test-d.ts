import { type ComponentProps, type ComponentRef, createElement, type ReactNode, type Ref } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import {
  TwoFactorPrompt,
  type TwoFactorPromptProps,
  type TwoFactorPromptStatus,
  type UseTwoFactorPromptResult,
  type useTwoFactorPrompt,
} from '../../src/index.js';

type RenderFunction = NonNullable<TwoFactorPromptProps['render']>;
const renderNothing = (_prompt: UseTwoFactorPromptResult) => null;

describe('TwoFactorPrompt types', () => {
  it('given both render and children, should be a type error', () => {
    // @ts-expect-error render and children are exclusive
    const both: TwoFactorPromptProps = { personId: '42', render: renderNothing, children: renderNothing };
    // @ts-expect-error render and children are exclusive, as JSX would pass them
    createElement(TwoFactorPrompt, { personId: '42', render: renderNothing }, renderNothing);
    expectTypeOf(both).toEqualTypeOf<TwoFactorPromptProps>();
  });

  it('given render or children alone, should accept a function of the headless state', () => {
    const withRender: TwoFactorPromptProps = { personId: '42', render: renderNothing };
    const withChildren: TwoFactorPromptProps = { personId: '42', children: renderNothing };
    expectTypeOf(withRender).toExtend<TwoFactorPromptProps>();
    expectTypeOf(withChildren).toExtend<TwoFactorPromptProps>();
    expectTypeOf<RenderFunction>().toEqualTypeOf<(prompt: UseTwoFactorPromptResult) => ReactNode>();
    expectTypeOf<NonNullable<TwoFactorPromptProps['children']>>().toEqualTypeOf<(prompt: UseTwoFactorPromptResult) => ReactNode>();
    expectTypeOf<Parameters<RenderFunction>[0]['submit']>().toEqualTypeOf<(event?: { preventDefault?: () => void }) => Promise<void>>();
  });

  it('given children that are not a function, should be a type error', () => {
    // @ts-expect-error children must be a render function
    const textChildren: TwoFactorPromptProps = { personId: '42', children: 'text' };
    expectTypeOf(textChildren).toEqualTypeOf<TwoFactorPromptProps>();
  });

  it('given the status, should be the TwoFactorPromptStatus union that data-status shows', () => {
    expectTypeOf<TwoFactorPromptStatus>().toEqualTypeOf<'idle' | 'sending' | 'sent' | 'error' | 'cooling-down'>();
    expectTypeOf<Parameters<RenderFunction>[0]['status']>().toEqualTypeOf<TwoFactorPromptStatus>();
    expectTypeOf<ReturnType<typeof useTwoFactorPrompt>['status']>().toEqualTypeOf<TwoFactorPromptStatus>();
  });

  it('given a ref, should be a ref to the root HTMLDivElement', () => {
    expectTypeOf<ComponentRef<typeof TwoFactorPrompt>>().toEqualTypeOf<HTMLDivElement>();
    expectTypeOf<ComponentProps<typeof TwoFactorPrompt>['ref']>().toEqualTypeOf<Ref<HTMLDivElement> | undefined>();
  });

  it('given no personId, should be a type error', () => {
    // @ts-expect-error personId is required
    const missing: TwoFactorPromptProps = { mediums: ['email'] };
    expectTypeOf(missing).toEqualTypeOf<TwoFactorPromptProps>();
  });

  it('given onError, should take the library error, not a DOM event', () => {
    expectTypeOf<NonNullable<TwoFactorPromptProps['onError']>>().parameter(0).toHaveProperty('kind');
  });
});
