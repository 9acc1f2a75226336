/** The widget tests run against the real app composition. */
export { createApp as buildApp } from '../../src/server/app.js';
