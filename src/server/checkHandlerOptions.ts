import { checkBaseUrl } from '../core/http/checkBaseUrl.js';
import { checkTimeoutMs } from '../core/http/checkTimeoutMs.js';
import { defaultSendPath } from '../core/http/createHttpAdapter.js';
import type { CreateTwoFactorHandlerOptions } from './CreateTwoFactorHandlerOptions.js';
import { checkLimits } from './checkLimits.js';

const owner = 'createTwoFactorHandler';

function fail(problem: string): never {
  throw new TypeError(`${owner}: ${problem}`);
}

function checkPath(name: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== 'string' || !value.startsWith('/') || value.trim() !== value || value.length < 2 || /[?#]/.test(value)) {
    fail(
      `${name} must be a path starting with "/", without a query, e.g. "/2FactorAuthentication/TwoFaCommand/Verify2FactorAuthenticationCode".`,
    );
  }
}

/** What the handler's options gave once checked. */
export interface CheckedHandlerOptions {
  /** The origins of `allowedOrigins`, normalised; `undefined` when there is no check. */
  allowedOrigins: Set<string> | undefined;
  /** The options that are missing (`baseUrl`, `subscriptionKey`, `allowedOrigins[0]`): every request is then refused. */
  missing: readonly string[];
}

/** An option the environment has not given yet: `process.env.X` is `undefined` while a framework builds, or set blank. */
const isMissing = (value: unknown) => value === undefined || (typeof value === 'string' && value.trim() === '');

/** The origins of `allowedOrigins`, normalised (`https://Portal.example/` → `https://portal.example`), and its missing entries. */
function checkOrigins(value: unknown, missing: string[]): Set<string> | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0)
    fail('allowedOrigins must be a non-empty array of origins, e.g. ["https://portal.example"].');
  const origins = new Set<string>();
  for (const [index, entry] of (value as unknown[]).entries()) {
    if (isMissing(entry)) {
      missing.push(`allowedOrigins[${index}]`);
      continue;
    }
    let origin: string | undefined;
    try {
      const url = new URL(String(entry));
      if (
        typeof entry === 'string' &&
        /^https?:$/.test(url.protocol) &&
        url.pathname === '/' &&
        !url.search &&
        !url.hash &&
        !url.username
      ) {
        origin = url.origin;
      }
    } catch {
      origin = undefined;
    }
    if (!origin) fail(`allowedOrigins[${index}] must be an origin such as "https://portal.example" (scheme, host and port only).`);
    origins.add(origin as string);
  }
  return origins;
}

/**
 * Checks the handler's options at creation, naming the bad option and never
 * repeating a value (the key, or a URL that may carry one).
 *
 * The options a deployment takes from its environment (`baseUrl`,
 * `subscriptionKey`, the entries of `allowedOrigins`) may be missing while a
 * framework builds: those are returned, not thrown, so that a module creating
 * the handler at its top level still loads. A value of the wrong type throws.
 *
 * @throws {TypeError} for a bad option, a missing code option (`resolvePerson`), or when there is no `fetch`.
 */
export function checkHandlerOptions(options: CreateTwoFactorHandlerOptions): CheckedHandlerOptions {
  if (typeof options !== 'object' || options === null) {
    fail('options are required, e.g. { baseUrl: "https://stg-ecap.azure-api.net/2fa", resolvePerson }.');
  }
  const missing: string[] = [];
  if (isMissing(options.baseUrl)) missing.push('baseUrl');
  else {
    checkBaseUrl(
      owner,
      options.baseUrl,
      'baseUrl must be an absolute http(s) URL, e.g. "https://stg-ecap.azure-api.net/2fa": on the server there is no page to resolve a path against.',
    );
  }
  if (isMissing(options.subscriptionKey)) missing.push('subscriptionKey');
  else if (typeof options.subscriptionKey !== 'string' && options.subscriptionKey !== false) {
    fail('subscriptionKey must be a string, or false for a gateway that takes no key.');
  }
  if (typeof options.resolvePerson !== 'function') {
    fail('resolvePerson is required: a function returning { personId, contextId? } for the signed-in person of a request, or null.');
  }
  checkPath('sendPath', options.sendPath);
  checkPath('verifyPath', options.verifyPath);
  if (
    options.verifyPath !== undefined &&
    options.verifyPath.replace(/\/+$/, '') === (options.sendPath ?? defaultSendPath).replace(/\/+$/, '')
  ) {
    fail('verifyPath must differ from sendPath.');
  }
  checkTimeoutMs(owner, options.timeoutMs);
  checkLimits(owner, options.limits);
  // Blank, like the environment options: a variable set but empty at build time is not a bad value.
  const secret = options.personHashSecret;
  const secretGiven = typeof secret === 'string' ? secret.trim() !== '' : secret !== undefined;
  if (secretGiven && (typeof secret !== 'string' || secret.length < 16)) {
    fail('personHashSecret must be a string of at least 16 characters when given.');
  }
  // Without a key or a secret each instance keys its hash at random: a shared store would count each person once per instance.
  const sharedLimiter = [options.limits?.send, options.limits?.verify].some((limiter) => typeof limiter === 'object' && limiter !== null);
  if (sharedLimiter && options.subscriptionKey === false && !secretGiven) {
    fail('personHashSecret is required with your own limiters and no subscriptionKey: every instance must key the person hash alike.');
  }
  for (const name of ['fetch', 'limit', 'onError', 'onEvent'] as const) {
    if (options[name] !== undefined && typeof options[name] !== 'function') fail(`${name} must be a function.`);
  }
  if (options.fetch === undefined && typeof globalThis.fetch !== 'function') {
    fail('there is no global fetch here (Node 18 or later has one): pass options.fetch.');
  }
  const allowedOrigins = checkOrigins(options.allowedOrigins, missing);
  return { allowedOrigins, missing };
}
