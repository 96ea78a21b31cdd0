import { literal, regex, string, union } from 'zod/mini';

/**
 * A FluentValidation `Severity` on the wire: a number, or a name in any case
 * when the server registers a string enum converter (`Error`, or `error` with
 * a camelCase naming policy).
 */
export const wireSeveritySchema = union([literal([0, 1, 2]), string().check(regex(/^(error|warning|info)$/i))]);
