/**
 * Every optional option and prop of the public API accepts `undefined` (`?: T | undefined`), so that a
 * host compiled with `exactOptionalPropertyTypes` can pass `process.env.X` or a prop through. Compiled by
 * `npm run typecheck` with its own tsconfig.exact.json (`exactOptionalPropertyTypes`, `skipLibCheck: false`).
 *
 * The list is not written by hand: every function, component and class each entry point exports is
 * read from the entry's module type, and each object its parameters take (and each object one level
 * inside, such as `messages` or `http`) is searched for an optional member that refuses `undefined`.
 * A new option declared `?: T` fails here with its path.
 */
import type * as Core from '../../src/core/index.js';
import type * as Root from '../../src/index.js';
import {
  createHttpAdapter,
  TwoFactorCodeStep,
  TwoFactorFlow,
  TwoFactorPrompt,
  TwoFactorProvider,
  type UseTwoFactorPromptOptions,
} from '../../src/index.js';
import type * as Server from '../../src/server/index.js';
import { createTwoFactorHandler } from '../../src/server/index.js';
import type * as Testing from '../../src/testing/index.js';
import { createMockAdapter } from '../../src/testing/index.js';
import type * as TestingMsw from '../../src/testing/msw/index.js';
import type * as TestingNode from '../../src/testing/node/index.js';

// biome-ignore lint/suspicious/noExplicitAny: any function, whatever its parameters.
type AnyFunction = (...args: any) => any;
// biome-ignore lint/suspicious/noExplicitAny: any class, whatever its parameters.
type AnyClass = abstract new (...args: any) => any;

/** What a host passes to an export: a function's or component's parameters, a class's constructor's. */
type InputsOf<Export> = Export extends AnyClass
  ? ConstructorParameters<Export>[number]
  : Export extends AnyFunction
    ? Parameters<Export>[number]
    : never;

/** Objects searched: not callbacks, lists, DOM nodes or platform objects, whose members are not options. */
type Searched<T> = T extends AnyFunction | readonly unknown[] | Node | RegExp | Date | AbortSignal | Promise<unknown>
  ? never
  : T extends object
    ? T
    : never;

/** The optional members of `T` (each member of a union) that refuse `undefined`, as `prefix.member`. */
type Refusing<T, Prefix extends string> = T extends object
  ? {
      [Key in keyof T & string]-?: string extends Key
        ? never // an index signature (`headers`, `serverErrors`): not an option of its own
        : // biome-ignore lint/complexity/noBannedTypes: `{}` takes no member: true when the member is optional.
          {} extends Pick<T, Key>
          ? undefined extends Required<T>[Key]
            ? never
            : `${Prefix}${Key}`
          : never;
    }[keyof T & string]
  : never;

/** `Refusing` of `T`, and of each object one member inside it. */
type RefusingDeep<T, Prefix extends string> =
  | Refusing<Searched<T>, Prefix>
  | (Searched<T> extends infer Outer
      ? Outer extends object
        ? { [Key in keyof Outer & string]-?: Refusing<Searched<NonNullable<Outer[Key]>>, `${Prefix}${Key}.`> }[keyof Outer & string]
        : never
      : never);

/** Every refusing member reached from the exports of `Entry`, as `entry:export(member.path)`. */
type RefusingIn<Entry, Name extends string> = {
  [Export in keyof Entry & string]: RefusingDeep<InputsOf<Entry[Export]>, `${Name}:${Export}(`>;
}[keyof Entry & string];

type Offenders =
  | RefusingIn<typeof Root, 'react-two-factor'>
  | RefusingIn<typeof Core, 'react-two-factor/core'>
  | RefusingIn<typeof Server, 'react-two-factor/server'>
  | RefusingIn<typeof Testing, 'react-two-factor/testing'>
  | RefusingIn<typeof TestingMsw, 'react-two-factor/testing/msw'>
  | RefusingIn<typeof TestingNode, 'react-two-factor/testing/node'>;

/** Fails to compile with the offenders' paths when any optional member refuses `undefined`. */
export const everyOptionalMemberAcceptsUndefined: [Offenders] extends [never] ? true : `refuses undefined: ${Offenders}` = true;

// The check above must see something to refuse: a member declared `?: T` alone is found.
type Sample = { declaredExact?: string; declaredLoose?: string | undefined };
export const theCheckFindsAnExactMember: Refusing<Sample, ''> = 'declaredExact';

// And what a host writes, verbatim: values that may be undefined, passed through.
declare const fromEnvironment: string | undefined;
declare const fromProps: { contextId?: string | undefined; className?: string | undefined; codeLength?: number | undefined };

export const adapter = createHttpAdapter({ baseUrl: 'https://gateway.example', subscriptionKey: fromEnvironment, timeoutMs: undefined });
export const handler = createTwoFactorHandler({
  baseUrl: fromEnvironment,
  subscriptionKey: fromEnvironment,
  resolvePerson: () => ({ personId: 'P-1', contextId: fromProps.contextId }),
});
export const mock = createMockAdapter({ answers: { type: 'sent', hint: fromEnvironment }, verifyAnswers: undefined });
export const promptOptions: UseTwoFactorPromptOptions = {
  personId: 'P-1',
  contextId: fromProps.contextId,
  messages: undefined,
  onSent: undefined,
};
export const page = (
  <TwoFactorProvider adapter={mock} queryClient={undefined}>
    <TwoFactorPrompt personId="P-1" contextId={fromProps.contextId} className={fromProps.className} defaultLanguage={fromEnvironment} />
    <TwoFactorCodeStep personId="P-1" contextId={fromProps.contextId} codeLength={fromProps.codeLength} subtitle={undefined} />
    <TwoFactorFlow personId="P-1" contextId={fromProps.contextId} codeLength={fromProps.codeLength} onVerified={undefined} />
  </TwoFactorProvider>
);
