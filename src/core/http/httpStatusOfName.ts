// .NET's `System.Net.HttpStatusCode` names of the failing statuses, lower-cased. A name of a status
// below 400 (`OK`, `Created`) reads like an unknown one: neither fails a send.
const failingStatusByName: Record<string, number> = {
  badrequest: 400,
  unauthorized: 401,
  paymentrequired: 402,
  forbidden: 403,
  notfound: 404,
  methodnotallowed: 405,
  notacceptable: 406,
  proxyauthenticationrequired: 407,
  requesttimeout: 408,
  conflict: 409,
  gone: 410,
  lengthrequired: 411,
  preconditionfailed: 412,
  requestentitytoolarge: 413,
  requesturitoolong: 414,
  unsupportedmediatype: 415,
  requestedrangenotsatisfiable: 416,
  expectationfailed: 417,
  misdirectedrequest: 421,
  unprocessableentity: 422,
  unprocessablecontent: 422,
  locked: 423,
  faileddependency: 424,
  upgraderequired: 426,
  preconditionrequired: 428,
  toomanyrequests: 429,
  requestheaderfieldstoolarge: 431,
  unavailableforlegalreasons: 451,
  internalservererror: 500,
  notimplemented: 501,
  badgateway: 502,
  serviceunavailable: 503,
  gatewaytimeout: 504,
  httpversionnotsupported: 505,
  variantalsonegotiates: 506,
  insufficientstorage: 507,
  loopdetected: 508,
  notextended: 510,
  networkauthenticationrequired: 511,
};

/**
 * The status of a failing .NET `HttpStatusCode` name, in any case
 * (`"TooManyRequests"` → 429); `undefined` for any other name, including
 * those of successful statuses.
 */
export function httpStatusOfName(name: string): number | undefined {
  return Object.hasOwn(failingStatusByName, name.toLowerCase()) ? failingStatusByName[name.toLowerCase()] : undefined;
}
