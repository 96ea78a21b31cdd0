export {
  type CreateMockAdapterOptions,
  createMockAdapter,
  type MockAdapter,
  type MockAdapterCall,
  type MockAnswer,
  type MockIssue,
} from './createMockAdapter.js';
