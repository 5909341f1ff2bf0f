import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/**', 'storybook-static/**', 'node_modules/**', 'custom-elements.json', 'bench/.out/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  { languageOptions: { globals: { ...globals.browser } } },
  { files: ['scripts/**', 'bench/**', '*.mjs', '*.js'], languageOptions: { globals: { ...globals.node } } },
  // chai's `expect(x).to.exist` reads as an unused expression.
  { files: ['tests/**/*.ts'], rules: { '@typescript-eslint/no-unused-expressions': 'off' } },
  { settings: { wc: { elementBaseClasses: ['LitElement', 'PoplusElement'] } } },
);
