import {
  array,
  boolean,
  int,
  int32,
  literal,
  maximum,
  meta,
  minimum,
  nullable,
  optional,
  type output,
  record,
  regex,
  strictObject,
  string,
  union,
  unknown,
  type ZodMiniType,
} from 'zod/mini';

/**
 * A FluentValidation `Severity` on the wire: a number, or a name in any case
 * when the server registers a string enum converter (`Error`, or `error` with
 * a camelCase naming policy).
 */
export const wireSeveritySchema = union([literal([0, 1, 2]), string().check(regex(/^(error|warning|info)$/i))]);

/**
 * The request body of `Send2FactorAuthenticationCodeToPerson`, exactly as
 * the API page documents it (PascalCase, every member optional).
 */
export const sendCodeWireRequestSchema = strictObject({
  PersonId: optional(string()),
  Language: optional(string()),
  ContextId: optional(string()),
  TwoFactorId: optional(string()),
  Medium: optional(string()),
});

/** The wire request body. */
export type SendCodeWireRequest = output<typeof sendCodeWireRequestSchema>;

// System.Text.Json writes `null` for unset members unless told otherwise, so
// every optional member also accepts null.
const nullish = <T extends ZodMiniType>(schema: T) => optional(nullable(schema));
const readOnly = meta({ readOnly: true });

// C# `object` members serialise as any JSON value (the attempted value is
// usually a string), not only as an object.
const anyJson = unknown();

const validationFailureSchema = strictObject({
  PropertyName: nullish(string()),
  ErrorMessage: nullish(string()),
  AttemptedValue: optional(anyJson),
  CustomState: optional(anyJson),
  Severity: nullish(wireSeveritySchema),
  ErrorCode: nullish(string()),
  FormattedMessageArguments: nullish(array(anyJson)),
  FormattedMessagePlaceholderValues: nullish(record(string(), anyJson)),
  ResourceName: nullish(string()),
});

/**
 * The answer body of `Send2FactorAuthenticationCodeToPerson` in its
 * PascalCase form, every member as the API page documents it. The reader
 * (`readSendCodeAnswer`) is more lenient: it reads keys in any case and
 * checks only the members it uses.
 */
export const sendCodeWireResponseSchema = strictObject({
  Hint: nullish(string()),
  Errors: nullish(
    strictObject({
      IsValid: nullish(boolean()).check(readOnly),
      Errors: nullish(array(validationFailureSchema)).check(readOnly),
      RuleSetsExecuted: nullish(array(string())).check(readOnly),
    }),
  ),
  ErrorMessages: nullish(array(string())).check(readOnly),
  StatusCode: nullish(int32()).check(readOnly),
  RequestUri: nullish(string()),
  ExternalError: nullish(string()),
  // The .NET enum is open (any int casts to it), so any HTTP status is read.
  HttpStatusCode: nullish(int().check(minimum(100), maximum(599))),
});

/** The wire answer body, PascalCase. */
export type SendCodeWireResponse = output<typeof sendCodeWireResponseSchema>;
