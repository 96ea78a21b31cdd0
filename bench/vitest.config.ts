import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// `npm run bench:render`: not a test suite, a script that prints figures.
export default defineConfig({
  plugins: [react()],
  test: {
    name: 'bench',
    environment: 'jsdom',
    include: ['bench/render.bench-script.tsx'],
    testTimeout: 120_000,
    silent: false,
  },
});
