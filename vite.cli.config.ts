import { defineConfig } from 'vite';

/** The `jelas` command-line tool: one ES module for node, with compromise bundled in. */
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'src/cli/main.ts',
    outDir: `${process.env.JELAS_OUT_ROOT ?? 'dist'}/cli`,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: { output: { entryFileNames: 'jelas.js', format: 'es' } },
  },
  ssr: { noExternal: true, target: 'node' },
});
