// The house rules a linter can keep: typed-script hygiene, no markup from strings, the core's layering, and the size
// a newcomer can read (files under 500 lines, functions under 80). Formatting is Prettier's alone.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

const OUTSIDE_CORE = [
  '**/page/**',
  '**/ui/**',
  '**/messaging/**',
  '**/storage/**',
  '**/cli/**',
  '**/glossary/**',
  '**/entrypoints/**',
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'coverage/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    rules: {
      'max-lines': ['error', { max: 500, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
      complexity: ['warn', 30],
    },
  },
  {
    // The core runs in Node, the content script and the CLI alike: it imports nothing outside itself.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: OUTSIDE_CORE, message: 'src/core imports only the core: pass what it needs as a parameter.' },
            {
              group: ['node:*', 'wxt', 'wxt/*', '#imports', 'preact', 'preact/*'],
              message: 'src/core has no Node, browser or UI dependency.',
            },
          ],
        },
      ],
    },
  },
  {
    // Browser code has no Node: a `process` or `Buffer` there is a bug the type check alone cannot see in entrypoints
    // (WXT's helpers bring Node's types in).
    files: ['entrypoints/**/*.{ts,tsx}', 'src/{page,ui,messaging,storage}/**/*.{ts,tsx}', 'src/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname', '__filename', 'global'],
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*'], message: 'Browser code has no Node.' }] }],
    },
  },
  {
    // Node code that parses saved pages into a DOM to run Readability on them, as the browser does.
    files: ['tests/**/*.{ts,tsx}', 'src/cli/**/*.ts'],
    rules: { 'no-unsanitized/method': 'off', 'no-unsanitized/property': 'off' },
  },
  prettier,
);
