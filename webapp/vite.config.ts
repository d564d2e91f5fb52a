/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { serviceWorker } from './sw/plugin';

// The dev server forwards /api and /health to a running backend (the local server on :8080 by
// default); the production build is plain static files in dist/.
const backend = process.env.HABITS_BACKEND ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react(), serviceWorker()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/health': { target: backend, changeOrigin: false },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'sw/**/*.test.ts'],
    restoreMocks: true,
    // The habit page renders a year of day buttons; on a busy 2-core build machine typing into it
    // takes longer than the default 5 s. Passing tests do not wait for it.
    testTimeout: 15_000,
  },
});
