/** Which members to keep, by canonical name; a nested shape for objects, `[shape]` for arrays of objects. */
export interface KeyShape {
  readonly [canonicalName: string]: true | KeyShape | readonly [KeyShape];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Copies the members of `shape` out of a parsed JSON value, matching keys
 * case-insensitively (`hint`, `Hint`, `HINT`) and naming them canonically.
 *
 * Unknown members are dropped, which also keeps `__proto__` and friends out:
 * nothing is copied by a key the server chose.
 */
export function canonicalKeys(value: unknown, shape: KeyShape): unknown {
  if (!isPlainObject(value)) return value;
  const byLowerCase = new Map<string, string>();
  for (const key of Object.keys(value)) {
    const lower = key.toLowerCase();
    if (!byLowerCase.has(lower)) byLowerCase.set(lower, key);
  }
  const result: Record<string, unknown> = {};
  for (const [name, nested] of Object.entries(shape)) {
    const sourceKey = byLowerCase.get(name.toLowerCase());
    if (sourceKey === undefined) continue;
    const member = value[sourceKey];
    if (nested === true) result[name] = member;
    else if (Array.isArray(nested)) {
      const itemShape = nested[0] as KeyShape;
      result[name] = Array.isArray(member) ? member.map((item) => canonicalKeys(item, itemShape)) : member;
    } else result[name] = canonicalKeys(member, nested as KeyShape);
  }
  return result;
}
