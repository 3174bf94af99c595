// The lint rules that carry architecture: the core stays pure (no I/O, no clock, no
// Math.random), and the surfaces do not reach into each other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const coreForbiddenImports = {
  patterns: [
    {
      group: ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto'],
      message: 'The core is pure: no I/O. Pass data in instead.',
    },
    {
      group: ['**/storage/**', '**/cli/**', '**/http/**', '**/web/**', '**/import/**'],
      message: 'The core must not depend on the surfaces around it.',
    },
    {
      group: ['better-sqlite3', 'pg', 'kysely', 'hono', '@hono/*', 'commander', 'cli-progress', 'yaml'],
      message: 'The core is pure: no I/O libraries.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'test-output/**',
      'schema/**',
      '.bench-out/**',
      '.scratch*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', coreForbiddenImports],
      'no-restricted-globals': [
        'error',
        'process',
        'window',
        'document',
        'fetch',
        'setTimeout',
        'setInterval',
        'console',
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded PRNG passed in (core/random).' },
        { object: 'Date', property: 'now', message: 'Pass "now" in as a parameter.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass "now" in as a parameter.',
        },
      ],
    },
  },
  {
    // Readers are pure parsers (text in, data out); only read-source.ts and detect-format.ts touch files.
    files: ['src/import/**/*.ts'],
    ignores: ['src/import/read-source.ts', 'src/import/detect-format.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path'], message: 'Readers are pure: read-source.ts reads files.' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
