import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Read from the folder, so that a new feature is kept apart from the others without editing this.
const features = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// The layers, as bulletproof-react draws them: app → features → shared code (components, hooks,
// lib, testing). Nothing imports upwards, and no feature imports another.
const restrictedPaths = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features stay independent: move what both need to src/components or src/lib.',
  })),
  {
    target: './src/features',
    from: './src/app',
    message: 'Features may not import the app: the app imports them.',
  },
  {
    target: ['./src/components', './src/hooks', './src/lib', './src/testing'],
    from: ['./src/features', './src/app'],
    message: 'Shared code may not import features or the app.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'src/lib/api-schema.ts'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // Parse TypeScript files too when following imports (no-cycle reads the files imported).
      'import-x/extensions': ['.ts', '.tsx', '.js', '.jsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      // Resolves the "@/" alias (tsconfig paths), so that the rules below see where imports lead.
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Features stay independent: shared code lives in components/ and lib/.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*/*'],
              message: 'Import from your own feature, components or lib.',
            },
          ],
        },
      ],
      'import-x/no-restricted-paths': [
        'error',
        { basePath: import.meta.dirname, zones: restrictedPaths },
      ],
      'import-x/no-cycle': 'error',
    },
  },
  {
    // Rules that read the types: the project's tsconfig covers src, so only src is type-checked.
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A fallback (`?? []`, `?.`) on a field the contract says is always there hides a wrong type
      // instead of showing it: the types say where values can be missing.
      '@typescript-eslint/no-unnecessary-condition': 'error',
    },
  },
  {
    files: ['src/app/**', 'src/testing/**', '**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  { files: ['e2e/**', 'scripts/**'], languageOptions: { globals: globals.node } },
);
