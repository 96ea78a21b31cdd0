import type { AnchorHTMLAttributes } from 'react';

const guide = /^(?:\.\/)?([a-z0-9-]+)\.mdx$/;

/**
 * The guides link to each other as files (`./errors.mdx`) and to the generated reference as Markdown
 * (`./reference/…`), so that they read on a repository's page too. In Storybook a guide's link opens that guide's
 * page (each guide's title is `Guides/<Title>`, whose id is the file's name) and a reference link the copy
 * served under `reference/` (see `staticDirs`). Both open in the whole window: the page is drawn in a frame.
 */
export function DocsLink({ href = '', ...props }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  const page = guide.exec(href);
  if (page) return <a {...props} href={`./?path=/docs/guides-${page[1]}--docs`} target="_top" />;
  if (href.startsWith('?path=')) return <a {...props} href={`./${href}`} target="_top" />;
  if (href.startsWith('./reference/') || href.startsWith('reference/'))
    return <a {...props} href={`./reference/${href.replace(/^(\.\/)?reference\//, '')}`} target="_top" />;
  return <a {...props} href={href} />;
}
