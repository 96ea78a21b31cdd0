import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../docs/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest', 'msw-storybook-addon'],
  // The generated reference, served as Markdown for the guides' links to it.
  staticDirs: ['../public', { from: '../docs/reference', to: '/reference' }],
  core: { disableTelemetry: true },
};

export default config;
