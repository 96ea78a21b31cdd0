// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkBaseUrl } from '../../src/core/http/checkBaseUrl.js';

// The server half passes a reason to refuse paths: on the server there is no page to resolve one against.
const serverReason = 'baseUrl must be an absolute http(s) URL: on the server there is no page to resolve a path against.';

describe('checkBaseUrl', () => {
  it('given a path where paths are refused, should throw the given reason under the owner', () => {
    expect(() => checkBaseUrl('createTwoFactorHandler', '/api/2fa', serverReason)).toThrow(
      new TypeError(`createTwoFactorHandler: ${serverReason}`),
    );
    expect(() => checkBaseUrl('createTwoFactorHandler', 'api/2fa', serverReason)).toThrow(serverReason);
  });

  it('given an absolute URL where paths are refused, should accept it', () => {
    expect(() => checkBaseUrl('createTwoFactorHandler', 'https://gateway.example/2fa', serverReason)).not.toThrow();
  });

  it('given a path where paths are welcome, should accept it', () => {
    expect(() => checkBaseUrl('createHttpAdapter', '/api/2fa')).not.toThrow();
  });

  it('given a URL no parser reads, should call it invalid rather than a path, without repeating it', () => {
    let thrown: unknown;
    try {
      checkBaseUrl('createTwoFactorHandler', 'https://user:secret@gate way.example/2fa', serverReason);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as TypeError).message).toBe('createTwoFactorHandler: baseUrl must be an http(s) URL or a path; got an invalid URL.');
  });

  it.each([
    ['no baseUrl', undefined],
    ['a number', 42],
    ['an empty text', ''],
    ['only spaces', '   '],
  ])('given %s, should say that baseUrl is required, with an example', (_name, baseUrl) => {
    expect(() => checkBaseUrl('createHttpAdapter', baseUrl)).toThrow(
      new TypeError('createHttpAdapter: baseUrl is required, e.g. "https://stg-ecap.azure-api.net/2fa".'),
    );
  });

  it('given a URL of another scheme, should name the scheme it got', () => {
    expect(() => checkBaseUrl('createHttpAdapter', 'ftp://gateway.example/2fa')).toThrow(
      new TypeError('createHttpAdapter: baseUrl must be an http(s) URL or a path; got a ftp: URL.'),
    );
  });

  it.each(['https://gateway.example/2fa?subscription-key=k', 'https://gateway.example/2fa?Subscription-Key=k'])(
    'given a subscription key in the query of %s, should point to subscriptionKey without repeating the key',
    (baseUrl) => {
      let thrown: unknown;
      try {
        checkBaseUrl('createHttpAdapter', baseUrl);
      } catch (error) {
        thrown = error;
      }
      expect((thrown as TypeError).message).toBe(
        'createHttpAdapter: a subscription key in the URL leaks into logs; pass it as subscriptionKey.',
      );
    },
  );

  it('given another query member, should refuse it as a query rather than a key', () => {
    expect(() => checkBaseUrl('createHttpAdapter', 'https://gateway.example/2fa?version=2')).toThrow(
      new TypeError('createHttpAdapter: baseUrl must be the API root, without a query or fragment.'),
    );
  });
});
