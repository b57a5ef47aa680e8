// @ts-check
import eslint from '@eslint/js';
import angular from 'angular-eslint';
import prettier from 'eslint-config-prettier/flat';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      '**/dist/**',
      '**/.angular/**',
      '**/coverage/**',
      '**/node_modules/**',
      '**/playwright-report/**',
      '**/test-results/**',
      'packages/*/data/**',
    ],
  },
  {
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
  },
  {
    // TypeScript and JavaScript; Angular templates have their own parser and rules below.
    files: ['**/*.{ts,mts,cts,js,mjs,cjs}'],
    extends: [
      eslint.configs.recommended,
      tseslint.configs.recommendedTypeChecked,
      tseslint.configs.stylisticTypeChecked,
    ],
    languageOptions: {
      parserOptions: {
        // Each file is type-checked with the nearest tsconfig.json of its package.
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
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
    // The SPA's classes: Angular's rules on top of the type-checked ones, and its inline templates
    // handed to the template rules below.
    files: ['packages/frontend-angular/**/*.ts'],
    extends: [angular.configs.tsRecommended],
    processor: angular.processInlineTemplates,
    rules: {
      // The prefix of angular.json (`"prefix": "app"`), as the CLI generates it.
      '@angular-eslint/component-selector': [
        'error',
        { type: 'element', prefix: 'app', style: 'kebab-case' },
      ],
      '@angular-eslint/directive-selector': [
        'error',
        { type: 'attribute', prefix: 'app', style: 'camelCase' },
      ],
    },
  },
  {
    // The SPA's templates, external (*.html) and inline (extracted by the processor above).
    files: ['packages/frontend-angular/**/*.html'],
    extends: [angular.configs.templateRecommended, angular.configs.templateAccessibility],
  },
  {
    // Tool configuration and bench scripts are plain JavaScript outside every tsconfig: lint them untyped.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // The provider's page scripts run in the browser, as classic scripts.
    files: ['packages/identity-provider/assets/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    // Packages without "type": "module" load .js files as CommonJS.
    files: [
      '**/*.cjs',
      'packages/step-up/**/*.js',
      'packages/private-files/**/*.js',
      'packages/api/**/*.js',
      'packages/frontend-angular/**/*.js',
    ],
    languageOptions: { sourceType: 'commonjs' },
    rules: {
      // `require()` is how a CommonJS module imports.
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  prettier,
);
