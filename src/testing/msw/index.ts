export type { FakeGatewayCall } from '../FakeGatewayCall.js';
export type { FakeGatewayOptions } from '../FakeGatewayOptions.js';
export type { GatewayAnswer } from '../GatewayAnswer.js';
export type { MockAnswer, MockScript, MockSharedAnswer, MockVerifyAnswer } from '../MockAnswer.js';
export type { MockIssue } from '../MockIssue.js';
export { type AnswerWithOptions, answerWith } from './answerWith.js';
export { type CreateFakeGatewayHandlersOptions, createFakeGatewayHandlers, type FakeGatewayHandlers } from './createFakeGatewayHandlers.js';
export { toHttpResponse } from './toHttpResponse.js';
