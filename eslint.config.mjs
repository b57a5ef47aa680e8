// @ts-check
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier/flat';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      // The SPA will be linted with angular-eslint and its own rules; it is left out until then.
      'packages/frontend-angular/**',
      '**/dist/**',
      '**/coverage/**',
      '**/node_modules/**',
      '**/playwright-report/**',
      '**/test-results/**',
      'packages/*/data/**',
    ],
  },
  eslint.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Each file is type-checked with the nearest tsconfig.json of its package.
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
    rules: {
      // `readonly string[]` for simple element types, `ReadonlyArray<{ description; input; expected }>`
      // for the object shapes of table-driven tests, where `readonly {…}[]` reads worse.
      '@typescript-eslint/array-type': ['error', { default: 'array-simple' }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
    rules: {
      // Specs hand over methods without their object on purpose: `Controller.prototype.read` as the handler
      // whose metadata Nest reads, `expect(mock.method)` for jest.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Tool configuration and bench scripts are plain JavaScript outside every tsconfig: lint them untyped.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // Packages without "type": "module" load .js files as CommonJS.
    files: ['**/*.cjs', 'packages/step-up/**/*.js', 'packages/api/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
  },
  prettier,
);
