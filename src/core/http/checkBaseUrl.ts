function parseUrl(value: string, base?: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

/**
 * Throws a `TypeError` naming `owner` unless `baseUrl` is an http(s) API
 * root without credentials, query or fragment. A path (`/api/2fa`) passes
 * only when `relativeRefusal` is undefined; else that text says why not.
 * The URL itself is never repeated: it may carry credentials.
 */
export function checkBaseUrl(owner: string, baseUrl: unknown, relativeRefusal?: string): void {
  const fail = (problem: string): never => {
    throw new TypeError(`${owner}: ${problem}`);
  };
  if (typeof baseUrl !== 'string' || baseUrl.trim() === '') fail('baseUrl is required, e.g. "https://stg-ecap.azure-api.net/2fa".');
  const text = (baseUrl as string).trim();
  // `//host/2fa` reads as a path here but as another origin to fetch: the scheme must be written.
  if (/^[\\/]{2}/.test(text)) fail('baseUrl must not be protocol-relative (//host/…); write the scheme, e.g. "https://host/2fa".');
  const absolute = parseUrl(text);
  // A relative base (a BFF on the same origin) is resolved against a dummy origin only to check it.
  const url = absolute ?? parseUrl(text, 'http://relative.invalid');
  if (url && !absolute && relativeRefusal !== undefined) fail(relativeRefusal);
  if (!url || !/^https?:$/.test(url.protocol))
    fail(`baseUrl must be an http(s) URL or a path; got ${url ? `a ${url.protocol} URL` : 'an invalid URL'}.`);
  const checked = url as URL;
  if (checked.username || checked.password) fail('baseUrl must not hold credentials; use headers.');
  if ([...checked.searchParams.keys()].some((key) => key.toLowerCase() === 'subscription-key')) {
    fail('a subscription key in the URL leaks into logs; pass it as subscriptionKey.');
  }
  // Read in the text: a bare `?` or `#` leaves url.search and url.hash empty, yet would end up in the middle of every URL.
  if (/[?#]/.test(text)) fail('baseUrl must be the API root, without a query or fragment.');
}
