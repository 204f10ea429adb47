// The one import of webextension-polyfill: every extension context gets the promise-based
// `browser` API from here, so browser differences stay in one place.
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs } from 'webextension-polyfill';
