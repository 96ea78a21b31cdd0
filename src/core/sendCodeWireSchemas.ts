import { z } from 'zod/mini';

/**
 * The request body of `Send2FactorAuthenticationCodeToPerson`, exactly as
 * the API page documents it (PascalCase, every member optional).
 */
export const sendCodeWireRequestSchema = z.strictObject({
  PersonId: z.optional(z.string()),
  Language: z.optional(z.string()),
  ContextId: z.optional(z.string()),
  TwoFactorId: z.optional(z.string()),
  Medium: z.optional(z.string()),
});

/** The wire request body. */
export type SendCodeWireRequest = z.infer<typeof sendCodeWireRequestSchema>;

// System.Text.Json writes `null` for unset members unless told otherwise, so
// every optional member also accepts null.
const optional = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema));
const readOnly = z.meta({ readOnly: true });

// C# `object` members serialise as any JSON value (the attempted value is
// usually a string), not only as an object.
const anyJson = z.unknown();

// Numbers, or names when the server registers a string enum converter.
const severitySchema = z.union([z.literal([0, 1, 2]), z.enum(['Error', 'Warning', 'Info'])]);

const validationFailureSchema = z.strictObject({
  PropertyName: optional(z.string()),
  ErrorMessage: optional(z.string()),
  AttemptedValue: z.optional(anyJson),
  CustomState: z.optional(anyJson),
  Severity: optional(severitySchema),
  ErrorCode: optional(z.string()),
  FormattedMessageArguments: optional(z.array(anyJson)),
  FormattedMessagePlaceholderValues: optional(z.record(z.string(), anyJson)),
  ResourceName: optional(z.string()),
});

/**
 * The answer body of `Send2FactorAuthenticationCodeToPerson` in its
 * canonical PascalCase form. The reader renames camelCase keys to these
 * names before it parses, and drops members it does not know.
 */
export const sendCodeWireResponseSchema = z.strictObject({
  Hint: optional(z.string()),
  Errors: optional(
    z.strictObject({
      IsValid: optional(z.boolean()).check(readOnly),
      Errors: optional(z.array(validationFailureSchema)).check(readOnly),
      RuleSetsExecuted: optional(z.array(z.string())).check(readOnly),
    }),
  ),
  ErrorMessages: optional(z.array(z.string())).check(readOnly),
  StatusCode: optional(z.int32()).check(readOnly),
  RequestUri: optional(z.string()),
  ExternalError: optional(z.string()),
  // The .NET enum is open (any int casts to it), so any HTTP status is read.
  HttpStatusCode: optional(z.int().check(z.minimum(100), z.maximum(599))),
});

/** The wire answer body, PascalCase. */
export type SendCodeWireResponse = z.infer<typeof sendCodeWireResponseSchema>;
