// ESLint: Next.js's rules (core web vitals, TypeScript) with React's hooks
// rules. `.ci/run` runs it; the import boundaries between lib/, app/ and the
// entry points come with the layering work (issue 11).
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // A leading underscore marks a value left unused on purpose (a rest sibling, an action's unused argument).
      "@typescript-eslint/no-unused-vars": [
        "warn",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  globalIgnores([".next/**", "lib/generated/**", "node_modules/**", ".tmp/**", ".data/**", ".data-bench/**", "next-env.d.ts"]),
]);
