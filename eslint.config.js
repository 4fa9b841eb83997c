// ESLint for the generator's own source: typescript-eslint with type information. Formatting is
// prettier's (`npm run lint` runs both); these rules are about correctness and clarity.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "generated/",
      "generator/runtime/dist/",
      "test/fixtures/**/expected/",
      "test/operations/expected/",
      "test/consumer/project/",
      // Type-checked by its test against a package that exists only in memory (see tsconfig.json).
      "test/operations/types/functions.types.ts",
      "**/*.mjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unnecessary-condition": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/prefer-nullish-coalescing": "off",
      eqeqeq: "error",
      "no-console": "off",
    },
  },
  {
    // The runtime ships in every generated package, comments and all, so a line-level disable would ship too.
    // Its exported functions are called from plain JavaScript and read what servers send: they check and
    // describe values their signatures (and the lib's, such as JSON.stringify's) say cannot occur.
    files: ["generator/runtime/src/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unnecessary-condition": "off",
      "@typescript-eslint/no-base-to-string": "off",
      // An abort rejects with the signal's reason, whatever it is, as fetch does.
      "@typescript-eslint/prefer-promise-reject-errors": ["error", { allowThrowingAny: true }],
      // A full report ends by throwing a symbol that `run` catches: no stack to capture.
      "@typescript-eslint/only-throw-error": "off",
      // `hasOwn` is Object.prototype.hasOwnProperty, always called with `.call`.
      "@typescript-eslint/unbound-method": "off",
    },
  },
  {
    // Type tests: compiled, never run. A call or expression is there to be type-checked (a promise left
    // floating, an expression statement, an async function with nothing to await); an `Equal<A, B>`
    // witness is true by construction; an `@ts-expect-error` line's value has the error type; and
    // a switch that leaves cases to its default is the narrowing under test.
    files: ["test/**/*.types.ts"],
    rules: {
      "@typescript-eslint/no-floating-promises": "off",
      "@typescript-eslint/no-unused-expressions": "off",
      "@typescript-eslint/require-await": "off",
      "@typescript-eslint/no-unnecessary-condition": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/switch-exhaustiveness-check": "off",
    },
  },
  {
    files: ["eslint.config.js"],
    ...tseslint.configs.disableTypeChecked,
  },
);
