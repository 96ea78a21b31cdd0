/**
 * The resets portal apps load, as they ship on npm, and a way to load one before or after the
 * library's stylesheet: the library must look the same with each, in either order.
 */
import bootstrapReboot from 'bootstrap/dist/css/bootstrap-reboot.css?raw';
import modernNormalize from 'modern-normalize/modern-normalize.css?raw';
import tailwindPreflight from 'tailwindcss/preflight.css?raw';

/** A host's reset: its name and its CSS. */
export interface HostReset {
  name: 'tailwind' | 'bootstrap' | 'normalize';
  css: string;
}

/**
 * Tailwind v4's preflight unlayered (as a Tailwind v3 build or a plain `@import` emits it: harsher than
 * `@import "tailwindcss"`, which puts it in `@layer base`), Bootstrap 5's reboot and modern-normalize.
 */
export const hostResets: readonly HostReset[] = [
  { name: 'tailwind', css: tailwindPreflight },
  { name: 'bootstrap', css: bootstrapReboot },
  { name: 'normalize', css: modernNormalize },
];

/** Where the reset goes: before the library's stylesheet or right after it (the host's own styles stay last). */
export type ResetPosition = 'before' | 'after';

/** The `<style>` Vite injects for src/styles.css, or `undefined` in a static build. */
export function libraryStyleElement(document: Document): HTMLStyleElement | undefined {
  return [...document.querySelectorAll<HTMLStyleElement>('style[data-vite-dev-id]')].find((element) =>
    /\/src\/styles\.css$/.test(element.dataset.viteDevId ?? ''),
  );
}

/** Loads `reset` before or after the library's stylesheet, and returns how to remove it. */
export function loadReset(document: Document, reset: HostReset, position: ResetPosition): () => void {
  const library = libraryStyleElement(document);
  if (!library) throw new Error('The library stylesheet is not loaded as a <style> element.');
  const element = document.createElement('style');
  element.dataset.reset = `${reset.name}-${position}`;
  element.textContent = reset.css;
  library[position](element);
  return () => element.remove();
}

// What a person sees of a part: its box (relative to the library's root) and the properties resets touch.
const shownProperties = [
  'display',
  'visibility',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'color',
  'background-color',
  'border-top-left-radius',
  'list-style-type',
  'text-decoration-line',
  'cursor',
] as const;
// Not `appearance`: `[type=submit] { appearance: button }` (normalize, reboot) changes nothing drawn on a
// button whose background and border the stylesheet sets; the screenshots show it.

const pseudoProperties = ['content', 'width', 'height', 'background-color', 'border-bottom-width'] as const;

function describePart(element: Element, index: number): string {
  const classes = element.getAttribute('class');
  return `#${index} <${element.tagName.toLowerCase()}${classes ? ` class="${classes}"` : ''}>`;
}

/** Every part of the library's roots in `container`, as `part: property=value` lines. */
export function measureParts(container: Element): Map<string, string> {
  const measured = new Map<string, string>();
  const roots = [...container.querySelectorAll('.rtf-prompt, .rtf-flow')].filter((root) => !root.parentElement?.closest('.rtf-flow'));
  roots.forEach((root, rootIndex) => {
    const origin = root.getBoundingClientRect();
    // The library's parts: what carries one of its classes (a headless host's own markup inside is the host's).
    [root, ...root.querySelectorAll('[class*="rtf-"]')].forEach((element, index) => {
      const part = `root ${rootIndex} ${describePart(element, index)}`;
      const box = element.getBoundingClientRect();
      const round = (value: number) => Math.round(value * 2) / 2;
      // A root around a host's own markup (a render prop) is as tall as that markup, which is the host's.
      const hostsMarkup = [...element.children].some((child) => !/\brtf-/.test(child.getAttribute('class') ?? ''));
      measured.set(
        `${part} box`,
        element === root && hostsMarkup
          ? `${round(box.width)} wide`
          : `${round(box.left - origin.left)},${round(box.top - origin.top)} ${round(box.width)}×${round(box.height)}`,
      );
      const style = getComputedStyle(element);
      for (const property of shownProperties) measured.set(`${part} ${property}`, style.getPropertyValue(property));
      // A border or an outline as drawn: its style and colour only matter when it has a width.
      for (const side of ['top', 'right', 'bottom', 'left'] as const) {
        const width = style.getPropertyValue(`border-${side}-width`);
        const drawn = style.getPropertyValue(`border-${side}-style`) !== 'none' && width !== '0px';
        const border = `${width} ${style.getPropertyValue(`border-${side}-style`)} ${style.getPropertyValue(`border-${side}-color`)}`;
        measured.set(`${part} border-${side}`, drawn ? border : 'none');
      }
      measured.set(
        `${part} outline`,
        style.outlineStyle === 'none' ? 'none' : `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor} ${style.outlineOffset}`,
      );
      for (const pseudo of ['::before', '::after'] as const) {
        const pseudoStyle = getComputedStyle(element, pseudo);
        if (pseudoStyle.content === 'none' || pseudoStyle.content === 'normal') continue;
        for (const property of pseudoProperties) measured.set(`${part}${pseudo} ${property}`, pseudoStyle.getPropertyValue(property));
        // Its box-sizing changes what is drawn only when it has a border (a drawn check mark does).
        const bordered = ['top', 'right', 'bottom', 'left'].some((side) => pseudoStyle.getPropertyValue(`border-${side}-width`) !== '0px');
        if (bordered) measured.set(`${part}${pseudo} box-sizing`, pseudoStyle.boxSizing);
      }
    });
  });
  return measured;
}

/** The lines of `actual` that differ from `expected`, for an error message. */
export function differences(expected: Map<string, string>, actual: Map<string, string>): string[] {
  const keys = new Set([...expected.keys(), ...actual.keys()]);
  return [...keys]
    .filter((key) => expected.get(key) !== actual.get(key))
    .map((key) => `${key}: ${expected.get(key) ?? '(absent)'} → ${actual.get(key) ?? '(absent)'}`);
}

/**
 * Loads each reset before and after the library's stylesheet and measures the library's parts in
 * `container` again: every difference from the page without a reset, as `reset position: line`.
 */
export function resetDifferences(container: Element): string[] {
  const document = container.ownerDocument;
  const expected = measureParts(container);
  const found: string[] = [];
  for (const reset of hostResets) {
    for (const position of ['before', 'after'] as const) {
      const remove = loadReset(document, reset, position);
      try {
        found.push(...differences(expected, measureParts(container)).map((line) => `${reset.name} ${position}: ${line}`));
      } finally {
        remove();
      }
    }
  }
  return found;
}
