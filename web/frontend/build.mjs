// Bundles the web app's assets with esbuild into the directory Quarkus serves at /assets/:
// one ES module per enhanced component, one stylesheet, the Persian font and the map data.
// Everything comes from node_modules (pinned by package-lock.json): nothing is fetched at run time.
// Usage: node build.mjs <assets dir> <test assets dir>
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [assets, testAssets] = process.argv.slice(2);
if (!assets || !testAssets) {
  console.error('usage: node build.mjs <assets dir> <test assets dir>');
  process.exit(2);
}
mkdirSync(assets, { recursive: true });
mkdirSync(testAssets, { recursive: true });

await esbuild.build({
  entryPoints: { map: 'src/map.js', quote: 'src/quote.js', sources: 'src/sources.js' },
  outdir: assets,
  bundle: true,
  format: 'esm',
  minify: true,
  sourcemap: false,
  target: ['es2020'],
  legalComments: 'linked',
  logLevel: 'warning',
});

await esbuild.build({
  entryPoints: { app: 'src/app.css' },
  outdir: assets,
  bundle: true,
  minify: true,
  // Leaflet's own images and the fonts, copied beside the stylesheet under hashed names
  loader: { '.png': 'file', '.svg': 'file', '.woff2': 'file', '.woff': 'file', '.ttf': 'file' },
  assetNames: '[name]-[hash]',
  legalComments: 'linked',
  logLevel: 'warning',
});

// Natural Earth 1:110m countries (~105 KB, TopoJSON): the map background, no tile server needed.
copyFileSync('node_modules/world-atlas/countries-110m.json', join(assets, 'countries-110m.json'));
// axe-core is for the browser tests only: it stays out of what the app serves.
copyFileSync('node_modules/axe-core/axe.min.js', join(testAssets, 'axe.min.js'));
