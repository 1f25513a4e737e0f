/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API runs on :8080 (make run); `npm run dev` proxies to it so that the app stays same-origin.
export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': '/src' } },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
  css: {
    preprocessorOptions: {
      scss: { quietDeps: true, silenceDeprecations: ['import', 'global-builtin', 'mixed-decls'] },
    },
  },
  build: {
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      // Shared modules of a few hundred bytes each were chunks of their own: a page asked for up
      // to 14 files, queued six at a time on a slow network. Chunks under 8 kB are merged.
      output: { experimentalMinChunkSize: 8_000 },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
});
