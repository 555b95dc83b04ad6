import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const server = 'http://localhost:3000';

/** The web client of cchc: sources in src/web, built into dist/web, which the API server serves with an SPA fallback. */
export default defineConfig({
  root: `${repoRoot}src/web`,
  base: '/',
  plugins: [react()],
  build: {
    outDir: `${repoRoot}dist/web`,
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // React in its own long-cached chunk. antd is left to automatic splitting on purpose: one "antd" group put
        // Table, Tree and DatePicker (used only by lazy pages) into the first load (~405 kB gzip instead of ~300 kB).
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/, priority: 3 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: server, changeOrigin: false },
      '/docs': { target: server, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: server, changeOrigin: false },
      '/docs': { target: server, changeOrigin: false },
    },
  },
});
