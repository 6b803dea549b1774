/**
 * Builds the console into `dist/`, which the express app serves at `/`. Element Plus components
 * and their styles are imported on demand (unplugin-vue-components), pages are split per route,
 * and the large libraries (ECharts, CodeMirror) live in their own chunks loaded with the pages
 * that use them, so the first load stays small.
 */
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [vue(), Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false, dirs: [] })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Vue and the Element Plus kit are one chunk each rather than dozens of small files
            // (each component's style import would be its own request), so the first visit
            // waits for a few parallel downloads instead of a queue behind six connections.
            { name: 'vue', test: /node_modules[\\/](@vue|vue|vue-router|vue-i18n|@intlify)[\\/]/ },
            { name: 'element-plus', test: /node_modules[\\/](element-plus|@element-plus|lodash-es|lodash-unified|lodash|@floating-ui|@popperjs|@ctrl|@vueuse|async-validator|dayjs|memoize-one|normalize-wheel-es|escape-html)[\\/]/ },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)/ },
            { name: 'codemirror', test: /node_modules[\\/](@codemirror|@lezer|codemirror|crelt|style-mod|w3c-keyname)/ },
          ],
        },
      },
    },
  },
  define: { __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false', __INTLIFY_PROD_DEVTOOLS__: 'false' },
  logLevel: 'warn',
});
