type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

// `StatusCode` (the gateway's result) and API Management's `statusCode` are two members, not two spellings of one.
const distinctSpelling = (key: string, lowerCaseKey: string) => (lowerCaseKey === 'statuscode' ? `${key[0]}${lowerCaseKey}` : lowerCaseKey);

/** Copies the members of `source` whose lower-case key `pick` keeps, first spelling first, in the server's spelling. */
function pickMembers(source: Json, pick: (lowerCaseKey: string, value: unknown) => unknown): Json {
  const seen = new Set<string>();
  const target: Json = {};
  for (const [key, value] of Object.entries(source)) {
    const lowerCaseKey = key.toLowerCase();
    const spelling = distinctSpelling(key, lowerCaseKey);
    if (seen.has(spelling)) continue;
    seen.add(spelling);
    const kept = pick(lowerCaseKey, value);
    // Object.defineProperty, so that a `__proto__` key stays a plain member.
    if (kept !== undefined) Object.defineProperty(target, key, { value: kept, enumerable: true, writable: true, configurable: true });
  }
  return target;
}

/**
 * Keeps of a gateway answer only the members the browser reader uses, with
 * the types it reads, and drops every text that holds the subscription key:
 *
 * - `Hint`, `ErrorMessages`, `ExternalError`, `StatusCode`, `HttpStatusCode`, API Management's `statusCode` and `message`;
 * - `Errors.Errors[]` with `PropertyName`, `ErrorMessage`, `Severity`, `ErrorCode` and the text
 *   `FormattedMessagePlaceholderValues` (numbers as text; never `PropertyValue`, the attempted value);
 * - a `ValidationProblemDetails`' `type`, `title`, `status`, `detail` and `errors`.
 *
 * `AttemptedValue`, `CustomState`, `FormattedMessageArguments`, `ResourceName`, `RequestUri` and anything
 * else are dropped: they can echo data. Keys are matched in any case and keep the server's spelling; of one
 * member sent in two spellings the first is kept, but `StatusCode` and `statusCode` are both kept.
 */
export function sanitizeAnswerBody(body: Json, secret: string | undefined): Json {
  const lowerSecret = secret?.toLowerCase();
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' && !(lowerSecret && value.toLowerCase().includes(lowerSecret)) ? value : undefined;
  const integer = (value: unknown): number | undefined => (Number.isSafeInteger(value) ? (value as number) : undefined);
  const texts = (value: unknown): string[] | undefined =>
    Array.isArray(value) ? value.map(text).filter((item): item is string => item !== undefined) : undefined;
  const textRecord = (value: unknown, toText: (member: unknown) => unknown, skip?: string): Json | undefined =>
    isObject(value)
      ? pickMembers(value, (key, member) => (key === skip || text(key) === undefined ? undefined : toText(member)))
      : undefined;

  const placeholder = (value: unknown) => text(value) ?? (typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined);
  const failure = (value: unknown) =>
    isObject(value)
      ? pickMembers(value, (key, member) => {
          switch (key) {
            case 'propertyname':
            case 'errormessage':
            case 'errorcode':
              return text(member);
            case 'severity':
              return integer(member) ?? text(member);
            case 'formattedmessageplaceholdervalues':
              return textRecord(member, placeholder, 'propertyvalue');
            default:
              return undefined;
          }
        })
      : undefined;
  // `errors` is FluentValidation's ValidationResult (`{ Errors: [...] }`) or a ProblemDetails' `{ Medium: ['…'] }`.
  const errors = (value: unknown) => {
    if (!isObject(value)) return undefined;
    const failures = Object.entries(value).find(([key]) => key.toLowerCase() === 'errors');
    if (failures && Array.isArray(failures[1])) {
      return pickMembers(value, (key, member) =>
        key === 'errors' && Array.isArray(member) ? member.map(failure).filter(Boolean) : undefined,
      );
    }
    return textRecord(value, texts);
  };

  return pickMembers(body, (key, value) => {
    switch (key) {
      case 'hint':
      case 'externalerror':
      case 'message':
      case 'type':
      case 'title':
      case 'detail':
        return text(value);
      case 'errormessages':
        return texts(value);
      case 'statuscode':
      case 'httpstatuscode':
      case 'status':
        return integer(value);
      case 'errors':
        return errors(value);
      default:
        return undefined;
    }
  });
}
