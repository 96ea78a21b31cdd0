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
