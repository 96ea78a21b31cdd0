import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { sendCodeWireRequestSchema, sendCodeWireResponseSchema } from '../../src/core/contract/sendCodeWireSchemas.js';
import requestSchema from './request.schema.json' with { type: 'json' };
import responseExample from './response.example.json' with { type: 'json' };
import responseSchema from './response.schema.json' with { type: 'json' };

type Json = unknown;

/**
 * Where our response schema knowingly differs from the API page's.
 *
 * `path` points into the page's schema. `ours` is what we render there: a
 * value, or a function of the page's value (already patched deeper down) for
 * a member we only wrap, e.g. to make it nullable.
 */
interface SchemaDifference {
  path: string[];
  reason: string;
  ours: unknown;
}

const nullableReason = 'System.Text.Json writes null for an unset member, so every member also accepts null.';
const anyJsonReason = 'A C# `object` member serialises as any JSON value (usually the attempted string), not only as an object.';

/** Ours as zod renders a nullable object or array: the page's schema in an `anyOf` with null, `readOnly` hoisted. */
const nullableWrap = (theirs: Json): Json => {
  const { readOnly, ...rest } = theirs as { readOnly?: boolean };
  return { ...(readOnly !== undefined && { readOnly }), anyOf: [rest, { type: 'null' }] };
};

const nullableString = { type: ['string', 'null'] };
const failure = ['properties', 'Errors', 'properties', 'Errors', 'items', 'properties'];

const responseDifferences: SchemaDifference[] = [
  { path: ['properties', 'Hint'], reason: nullableReason, ours: nullableString },
  { path: ['properties', 'Errors'], reason: nullableReason, ours: nullableWrap },
  { path: ['properties', 'Errors', 'properties', 'IsValid'], reason: nullableReason, ours: { readOnly: true, type: ['boolean', 'null'] } },
  { path: ['properties', 'Errors', 'properties', 'Errors'], reason: nullableReason, ours: nullableWrap },
  { path: [...failure, 'PropertyName'], reason: nullableReason, ours: nullableString },
  { path: [...failure, 'ErrorMessage'], reason: nullableReason, ours: nullableString },
  { path: [...failure, 'AttemptedValue'], reason: anyJsonReason, ours: {} },
  { path: [...failure, 'CustomState'], reason: anyJsonReason, ours: {} },
  {
    path: [...failure, 'Severity'],
    reason:
      'Also accepts the names "Error", "Warning", "Info" in any case, as a string enum converter writes them (camelCase with a camelCase naming policy); nullable; zod renders number literals as `number` without an int32 format.',
    ours: {
      anyOf: [
        {
          anyOf: [
            { type: 'number', enum: [0, 1, 2] },
            { type: 'string', pattern: '^(error|warning|info)$' },
          ],
        },
        { type: 'null' },
      ],
    },
  },
  { path: [...failure, 'ErrorCode'], reason: nullableReason, ours: nullableString },
  { path: [...failure, 'FormattedMessageArguments'], reason: nullableReason, ours: nullableWrap },
  { path: [...failure, 'FormattedMessageArguments', 'items'], reason: anyJsonReason, ours: {} },
  {
    path: [...failure, 'FormattedMessagePlaceholderValues'],
    reason: `${anyJsonReason} Nullable; zod renders the string keys of a record as propertyNames.`,
    ours: {
      anyOf: [{ type: 'object', propertyNames: { type: 'string' }, additionalProperties: {} }, { type: 'null' }],
    },
  },
  { path: [...failure, 'ResourceName'], reason: nullableReason, ours: nullableString },
  { path: ['properties', 'Errors', 'properties', 'RuleSetsExecuted'], reason: nullableReason, ours: nullableWrap },
  { path: ['properties', 'ErrorMessages'], reason: nullableReason, ours: nullableWrap },
  {
    path: ['properties', 'StatusCode'],
    reason: `${nullableReason} zod renders int32 as its bounds, not as a format.`,
    ours: { readOnly: true, anyOf: [{ type: 'integer', minimum: -2147483648, maximum: 2147483647 }, { type: 'null' }] },
  },
  { path: ['properties', 'RequestUri'], reason: nullableReason, ours: nullableString },
  { path: ['properties', 'ExternalError'], reason: nullableReason, ours: nullableString },
  {
    path: ['properties', 'HttpStatusCode'],
    reason: `The .NET HttpStatusCode enum is open (any int casts to it), so any status 100–599 is read. ${nullableReason}`,
    ours: { anyOf: [{ type: 'integer', minimum: 100, maximum: 599 }, { type: 'null' }] },
  },
];

function toJsonSchema(schema: z.ZodMiniType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema) as Record<string, unknown>;
  return rest;
}

function has(value: Json, path: readonly string[]): boolean {
  let current = value;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) return false;
    current = (current as Record<string, Json>)[segment];
  }
  return true;
}

function applyDifferences(schema: Json, differences: readonly SchemaDifference[]): Json {
  const patched = structuredClone(schema);
  // Deepest first, so that a wrapper receives the page's value already patched inside.
  const deepestFirst = [...differences].sort((a, b) => b.path.length - a.path.length);
  for (const { path, ours } of deepestFirst) {
    const parent = path.slice(0, -1).reduce((node, segment) => (node as Record<string, Json>)[segment], patched) as Record<string, Json>;
    const key = path.at(-1) as string;
    parent[key] = typeof ours === 'function' ? ours(parent[key]) : ours;
  }
  return patched;
}

describe('sendCodeWireRequestSchema', () => {
  it('given the JSON schema of the API page, should render exactly that schema', () => {
    expect(toJsonSchema(sendCodeWireRequestSchema)).toStrictEqual(requestSchema);
  });
});

describe('sendCodeWireResponseSchema', () => {
  it('given the listed differences applied to the API page schema, should render exactly our schema', () => {
    expect(toJsonSchema(sendCodeWireResponseSchema)).toStrictEqual(applyDifferences(responseSchema, responseDifferences));
  });

  it.each(responseDifferences.map((difference) => [difference.path.join('/'), difference] as const))(
    'given the listed difference at %s, should point at a member of the API page schema',
    (_pointer, difference) => {
      expect(has(responseSchema, difference.path)).toBe(true);
      expect(difference.reason).not.toBe('');
    },
  );

  it('given no differences, should not match the page schema (the list is needed)', () => {
    expect(toJsonSchema(sendCodeWireResponseSchema)).not.toStrictEqual(responseSchema);
  });

  it('given the example answer of the API page, should parse it', () => {
    const parsed = sendCodeWireResponseSchema.safeParse(responseExample);
    expect(parsed.error).toBeUndefined();
    expect(parsed.data).toStrictEqual(responseExample);
  });

  it('given an answer whose members are all null, should parse it', () => {
    const allNull = Object.fromEntries(Object.keys(responseSchema.properties).map((key) => [key, null]));
    expect(sendCodeWireResponseSchema.safeParse(allNull).success).toBe(true);
  });

  it('given a member the page does not document, should reject it like additionalProperties: false', () => {
    expect(sendCodeWireResponseSchema.safeParse({ Hint: 'sent', Extra: 1 }).success).toBe(false);
  });
});
