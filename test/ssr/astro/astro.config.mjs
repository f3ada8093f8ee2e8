// Static output (the default): `astro build` renders every page to HTML in dist/, scripts bundled for the browser.
import { defineConfig } from 'astro/config';

export default defineConfig({ telemetry: false });
