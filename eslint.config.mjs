// ESLint (flat config): strict TypeScript, zero warnings, and a wall around the pure core.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'coverage/**', 'assets/**', 'schemas/**', '.tmp/**', '*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  {
    // The core is pure: no office-js, React, ExcelJS, or Node built-ins.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'src/core is pure: no Node built-ins.' },
            { group: ['react', 'react-dom', 'react/*', '@fluentui/*'], message: 'src/core is pure: no UI.' },
            { group: ['exceljs', 'office-*', '@microsoft/office-js'], message: 'src/core is pure: no workbook APIs.' },
            { group: ['fs', 'path', 'child_process', 'os', 'crypto'], message: 'src/core is pure: no Node built-ins.' },
            { group: ['**/adapters/**', '**/cli/**', '**/taskpane/**', '**/app/**'], message: 'src/core imports only from src/core.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'Excel', 'Office', 'process', 'require'],
    },
  },
  {
    // Work over workbook bytes, shared by the command line and the web page: nothing Node-only.
    files: ['src/books/**/*.ts', 'src/web/**/*.ts', 'src/web/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'child_process', 'os', 'worker_threads'], message: 'runs in the browser: no Node built-ins.' },
            { group: ['**/cli/**'], message: 'the command line is a face of its own.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__filename', 'setImmediate'],
    },
  },
  {
    files: ['src/taskpane/**/*.tsx', 'src/taskpane/**/*.ts', 'src/web/**/*.tsx', 'src/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly',
        Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', window: 'readonly', document: 'readonly', navigator: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
