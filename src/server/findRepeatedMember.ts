/** Two members of one object whose names differ at most in case: `Medium` and `medium`, or `Medium` twice. */
export interface RepeatedMember {
  /** The name as first written. */
  first: string;
  /** The name as written the second time. */
  second: string;
}

/**
 * Finds a member of a JSON object named twice, in the same spelling or in
 * another case. `JSON.parse` keeps the last of two same names silently, and a
 * reviver only sees what is kept, so the names are read from the text.
 *
 * Only the outer object's members are compared: they are the ones the handler
 * reads, case-insensitively; nested values are never forwarded. One pass over
 * the text (at most the handler's 16 KiB), strings skipped by their escapes.
 *
 * @param json text that `JSON.parse` accepted as an object.
 */
export function findRepeatedMember(json: string): RepeatedMember | undefined {
  const seen = new Map<string, string>();
  let depth = 0;
  let nameNext = false;
  for (let index = 0; index < json.length; index += 1) {
    const char = json[index];
    if (char === '"') {
      let end = index + 1;
      while (json[end] !== '"') end += json[end] === '\\' ? 2 : 1;
      if (depth === 1 && nameNext) {
        // Parsed, so that `"\u004dedium"` is `Medium`.
        const name = JSON.parse(json.slice(index, end + 1)) as string;
        const first = seen.get(name.toLowerCase());
        if (first !== undefined) return { first, second: name };
        seen.set(name.toLowerCase(), name);
        nameNext = false;
      }
      index = end;
    } else if (char === '{' || char === '[') {
      depth += 1;
      if (depth === 1) nameNext = true;
    } else if (char === '}' || char === ']') {
      depth -= 1;
    } else if (char === ',' && depth === 1) {
      nameNext = true;
    }
  }
  return undefined;
}
