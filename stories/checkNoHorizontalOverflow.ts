import type { StoryContext } from '@storybook/react-vite';

/** Below this width WCAG 1.4.10 (reflow) asks nothing. */
const smallestWidth = 320;

function describeElement(element: Element): string {
  const classes = element.getAttribute('class');
  return `<${element.tagName.toLowerCase()}${classes ? ` class="${classes}"` : ''}>`;
}

/**
 * An `afterEach` of every story: nothing in the canvas is wider than the viewport (no sideways
 * scrolling, WCAG 1.4.10) and nothing hangs out of the library's card. The storybook test project
 * renders every story at 320 px, so this proves the reflow there; in the Storybook UI it checks the
 * viewport a designer picked.
 */
export async function checkNoHorizontalOverflow({ canvasElement, viewMode }: StoryContext): Promise<void> {
  if (viewMode !== 'story') return;
  const document = canvasElement.ownerDocument;
  const width = document.documentElement.clientWidth;
  if (width < smallestWidth) return;
  const problems: string[] = [];
  if (document.documentElement.scrollWidth > width) {
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px of content in ${width} px`);
  }
  for (const element of canvasElement.querySelectorAll('*')) {
    const box = element.getBoundingClientRect();
    if (box.width > 0 && (box.right > width + 0.5 || box.left < -0.5)) {
      problems.push(`${describeElement(element)} spans ${Math.round(box.left)}–${Math.round(box.right)} px`);
    }
  }
  for (const root of canvasElement.querySelectorAll('.rtf-prompt, .rtf-flow')) {
    if (root.scrollWidth > root.clientWidth + 1) {
      problems.push(`${describeElement(root)} holds ${root.scrollWidth} px of content in ${root.clientWidth} px`);
    }
  }
  if (problems.length > 0) throw new Error(`Horizontal overflow at ${width} px:\n- ${problems.slice(0, 8).join('\n- ')}`);
}
