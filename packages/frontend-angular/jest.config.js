const path = require('node:path');
const { createCjsPreset } = require('jest-preset-angular/presets');

const oktaAuthJs = path.dirname(require.resolve('@okta/okta-auth-js/package.json'));

/** @type {import('jest').Config} */
module.exports = {
  ...createCjsPreset(),
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  roots: ['<rootDir>/src'],
  // @okta/okta-angular ships ES modules as .js; Angular's packages ship .mjs.
  transformIgnorePatterns: ['node_modules/(?!(@okta/okta-angular|.*\\.mjs$))'],
  moduleNameMapper: {
    // The shared core is tested from its TypeScript sources, which import siblings as `./name.js`.
    '^step-up$': '<rootDir>/../step-up/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // The browser build of okta-auth-js's core entry, which the app's build uses in place of the default entry
    // (angular.json fileReplacements; the Node build has no sessionStorage).
    '^@okta/okta-auth-js$': path.join(oktaAuthJs, 'umd/core.js'),
  },
};
