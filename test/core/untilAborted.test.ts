// @vitest-environment node
import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { untilAborted } from '../../src/core/http/untilAborted.js';

/** Lets every callback already queued run (a `finally` settles a few microtasks after the promise does). */
const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('untilAborted', () => {
  it('given a signal aborted already, should reject with its reason even though the promise resolves', async () => {
    const controller = new AbortController();
    const reason = new Error('gone');
    controller.abort(reason);
    await expect(untilAborted(Promise.resolve('answer'), controller.signal)).rejects.toBe(reason);
  });

  it('given a signal that aborts while the promise hangs, should reject with its reason and leave no listener', async () => {
    const controller = new AbortController();
    const reason = new Error('gone');
    const waiting = untilAborted(new Promise<never>(() => {}), controller.signal);
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('given one long-lived signal over many calls that settle, should not pile up listeners on it', async () => {
    // Node warns (MaxListenersExceededWarning) once a signal holds more than ten.
    const controller = new AbortController();
    for (let index = 0; index < 20; index++) {
      await expect(untilAborted(Promise.resolve(index), controller.signal)).resolves.toBe(index);
      await expect(untilAborted(Promise.reject(new Error('refused')), controller.signal)).rejects.toThrow('refused');
    }
    await settled();
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});
