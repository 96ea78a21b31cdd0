import { expect, it } from 'vitest';
import { readSendCodeAnswer } from '../../src/core/readSendCodeAnswer.js';

it('given a hint, should return it', () => {
  expect(readSendCodeAnswer({ status: 200, body: '{"hint":"sent to +32"}' }).hint).toBe('sent to +32');
});
