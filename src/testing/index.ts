export {
  type CreateMockAdapterOptions,
  createMockAdapter,
  type MockAdapter,
  type MockAdapterCall,
  type MockAnswer,
  type MockIssue,
  type MockSendOnlyAdapter,
} from './createMockAdapter.js';
