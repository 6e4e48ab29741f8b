import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Build outputs, local data and test artefacts: nothing here is written by hand.
  globalIgnores(['dist/', 'data/', 'test-results/', 'coverage/', '**/node_modules/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      // Dropping a field by destructuring (`const { secret: _, ...view } = row`) is how this codebase omits one.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Chinese headings and cells are laid out with the ideographic space (U+3000) inside template strings.
      'no-irregular-whitespace': ['error', { skipTemplates: true }],
    },
  },
  {
    // The endpoint table types every request (issue 13): a cast would hide a schema that no longer matches.
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "TSAsExpression > MemberExpression[object.name='request'][property.name=/^(body|query|params)$/]",
        message: 'Declare the endpoint in common/endpoints and register it with endpointRoutes: the request is typed from its schemas.',
      }],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "CallExpression[callee.object.name='api'], CallExpression[callee.name='api'][typeArguments]",
        message: "Call api('METHOD /api/path', { params, query, body }): the answer is typed by the endpoint's declaration.",
      }],
    },
  },
  {
    files: ['web/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Hooks live in components and in the use-*.ts files beside them.
    files: ['web/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      // These four describe what the React Compiler can memoise. The apps are not compiled by
      // it, and they flag deliberate patterns: a MapLibre map kept in a ref and read while
      // rendering, `Date.now()` for an "overdue" cell, the in-memory filter store's owner.
      'react-hooks/refs': 'off',
      'react-hooks/purity': 'off',
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/globals': 'off',
    },
  },
);
