// Bundles the front end (CodeMirror 6, KaTeX and mldojo's own modules) into
// src/mldojo/web/static/build, which the app serves; nothing is fetched at run time.
// Run by `npm run build` (scripts/setup does it when the lockfile or these sources change).
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

await build({
  entryPoints: { app: path.join(here, "app.js") },
  outdir: path.resolve(here, "../static/build"),
  bundle: true,
  minify: true,
  format: "esm",
  target: ["es2020"],
  loader: { ".woff2": "file", ".woff": "file", ".ttf": "file" },
  assetNames: "fonts/[name]-[hash]",
  legalComments: "linked",
  logLevel: "warning",
});
