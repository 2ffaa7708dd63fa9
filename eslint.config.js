import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: [".dependency-cruiser.cjs", "node_modules/", "src/storage/generated/", "src/storage/generated-pg/", "data/", "coverage/", "dist/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // The command list holds commands of different argument types.
      "@typescript-eslint/no-explicit-any": "off",
      "no-control-regex": "off",
    },
  },
  {
    // Commands do not query repositories: they call use cases (the import rule cannot see
    // `ctx.deps.store`, so this one does).
    files: ["src/chat/**/*.ts"],
    rules: {
      "no-restricted-syntax": ["error", { selector: "MemberExpression[property.name='store']", message: "chat/ calls use cases in app/, not the store" }],
    },
  },
  {
    files: ["prisma/**/*.mjs", ".ci/**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
  {
    files: ["bin/**/*.js"],
    languageOptions: { globals: { process: "readonly" } },
  },
);
