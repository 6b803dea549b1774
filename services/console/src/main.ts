/** The console's entry: i18n (zh-CN first), the router, the app shell. */
import { createApp } from 'vue';
import 'element-plus/theme-chalk/base.css';
import './styles.css';
import App from './App.vue';
import { i18n } from './i18n/i18n';
import { router } from './router';

createApp(App).use(i18n).use(router).mount('#app');
