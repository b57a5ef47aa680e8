/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  rootDir: '.',
  testRegex: ['/src/.*\\.spec\\.ts$', '/test/.*\\.e2e-spec\\.ts$'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  setupFiles: ['<rootDir>/test/support/quiet-logs.ts'],
  moduleNameMapper: {
    // The shared core straight from its sources: no build needed before testing.
    '^step-up$': '<rootDir>/../step-up/src/index.ts',
    '^step-up/testing$': '<rootDir>/../step-up/src/testing/index.ts',
    '^private-files$': '<rootDir>/../private-files/src/index.ts',
    // The core imports its siblings as './name.js' (ESM style); resolve them to the .ts files.
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
    // jose 6 ships ES modules only; the e2e tests mint tokens with it, so compile it to CommonJS.
    '/node_modules/jose/.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', target: 'es2022', isolatedModules: true } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
};
