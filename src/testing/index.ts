export {
  type CreateMockAdapterOptions,
  createMockAdapter,
  type MockAdapter,
  type MockAdapterCall,
  type MockSendOnlyAdapter,
} from './createMockAdapter.js';
export type { GatewayAnswer } from './GatewayAnswer.js';
export type { MockAnswer, MockScript, MockSharedAnswer, MockVerifyAnswer } from './MockAnswer.js';
export type { MockIssue } from './MockIssue.js';
