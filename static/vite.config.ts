import { defineConfig } from 'vite';

// Built with `vite build static`: this folder is the root, so `dist/` is static/dist, the folder the manifest's
// resource points at. JSX uses Vite's built-in Oxc transform (automatic runtime); no React plugin is needed to build.
export default defineConfig({
  // Forge serves the resource from a CDN path we do not know: every asset URL must be relative.
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // bench/ui-bundles.ts reads the manifest to add up what each UI module downloads before first render.
    manifest: true,
    target: 'es2022',
  },
  // src/contract.ts lives outside this root; the dev server may read it.
  server: { fs: { allow: ['..'] } },
});
