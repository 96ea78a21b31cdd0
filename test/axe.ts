import axe from 'axe-core';

/**
 * Runs axe-core on an element and returns its violations as `id: help` lines,
 * readable in a failed assertion. `color-contrast` is off: jsdom has no layout.
 */
export async function axeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length} node(s))`);
}
