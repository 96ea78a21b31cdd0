import type { StoryContext } from '@storybook/react-vite';
import { libraryStyleElement, resetDifferences } from '../test/browser/hostResets.js';

/**
 * An `afterEach` of every story: with Tailwind's preflight, Bootstrap's reboot or modern-normalize
 * loaded before or after the library's stylesheet, every part of the story's state is drawn the same
 * (the same boxes, colours, borders and focus rings, measured). Skipped in a static build, whose
 * stylesheet is not a `<style>` element the check can place a reset beside.
 */
export async function checkResets({ canvasElement, viewMode }: StoryContext): Promise<void> {
  if (viewMode !== 'story' || !libraryStyleElement(canvasElement.ownerDocument)) return;
  const problems = resetDifferences(canvasElement);
  if (problems.length > 0) throw new Error(`A host's reset changes the library's parts:\n- ${problems.slice(0, 12).join('\n- ')}`);
}
