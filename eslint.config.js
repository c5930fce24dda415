// ESLint flat config: TypeScript, React, hooks and accessibility rules; routes may not touch the
// database directly (only app/modules/** do); only app/env.server.ts (and scripts, tests, config
// files) may read process.env.
import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "build/",
      "data/",
      "node_modules/",
      "public/build/",
      ".cache/",
      "tests/e2e/artifacts/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { react, "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    settings: { react: { version: "detect" } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs["jsx-runtime"].rules,
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.recommended.rules,
      "react/prop-types": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // Configuration is read in one place: app/env.server.ts validates and types it (env()).
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    ignores: ["app/env.server.ts", "scripts/**", "tests/**", "*.config.{ts,js,mjs,cjs}"],
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "Read configuration through env() from app/env.server.ts (declare it there).",
        },
      ],
    },
  },
  {
    files: ["app/routes/**", "app/components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@prisma/client",
              message: "Routes and components call app/modules/**, never Prisma.",
            },
            {
              name: "pg",
              message: "Routes and components call app/modules/**, never the database.",
            },
          ],
          patterns: [
            {
              group: ["~/db.server", "**/db.server"],
              message: "Routes and components call app/modules/**.",
            },
          ],
        },
      ],
    },
  },
);
