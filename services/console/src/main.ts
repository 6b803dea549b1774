/** The console's entry: i18n (zh-CN first), the router, the app shell. */
import { createApp } from 'vue';
import 'element-plus/theme-chalk/base.css';
import './styles.css';
import App from './App.vue';
import { i18n } from './i18n/i18n';
import { router } from './router';
import { session } from './session/session';

// `/me` for a token kept in this tab goes out at once, while the first page's code loads.
void session.restore();

// The first page's code and its first API requests start now too, not after the router's
// sign-in check and the page's own setup.
const opening = router.resolve(window.location.pathname);
for (const record of opening.matched) {
  const component = record.components?.default;
  if (typeof component === 'function') void (component as () => Promise<unknown>)();
  if (session.token.value) record.meta.prefetch?.(opening.params);
}

createApp(App).use(i18n).use(router).mount('#app');
