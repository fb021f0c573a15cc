// ESLint: Next.js's rules (core web vitals, TypeScript) with React's hooks
// rules, and the layering: lib/ is the domain, imported by pages (app/), UI
// (components/), entry points (scripts/), seeds and benchmarks, never the
// other way round; components/ never import pages
// (docs/decisions/0015-layering.md). `.ci/run` runs it with no warnings allowed.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Links do not prefetch as they scroll into view (docs/decisions/0048-links-without-prefetch.md).
const NEXT_LINK = { name: "next/link", message: `Import Link from "@/components/ui/link": it does not prefetch (decision 0048).` };

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
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/app/*", "@/components/*"], message: "lib/ is the domain: pages and UI import it, not the other way round." },
            {
              group: ["@/prisma/seed/*", "@/bench/*", "@/scripts/*", "@/tests/*"],
              message: "lib/ must not depend on seeds, benchmarks, entry points or tests.",
            },
            // The same boundaries reached by a relative path out of lib/.
            {
              regex: "^(\\.\\./)+(app|components|prisma/seed|bench|scripts|tests)(/|$)",
              message: "lib/ imports only lib/ (and packages): use the @/ path, and keep the boundary.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [NEXT_LINK],
          patterns: [
            { group: ["@/app/*"], message: "components/ are the pages' UI pieces: pages import them, not the other way round." },
            {
              group: ["@/prisma/seed/*", "@/bench/*", "@/scripts/*", "@/tests/*"],
              message: "components/ must not depend on seeds, benchmarks, entry points or tests.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { paths: [NEXT_LINK] }] },
  },
  {
    files: ["lib/**/*.{ts,tsx}", "app/**/*.{ts,tsx}"],
    rules: {
      // A transaction is one connection: its queries go one after another. pg deprecates
      // overlapping queries on a client (they queue anyway; pg 9 will refuse them). Prisma's pg
      // adapter still overlaps a nested include's own queries inside a transaction
      // (prisma/orm#29979, open): the warning stays until that lands; `pg` is pinned to 8.x.
      // A heuristic on the name `tx`: it catches tx queries and helpers called with tx inside the
      // call, not promises made before it or a transaction client under another name.
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name='Promise'][callee.property.name=/^(all|allSettled|race|any)$/] MemberExpression[object.name='tx']",
          message: "Queries of one transaction (tx) cannot run side by side: await them one after another.",
        },
        {
          selector:
            "CallExpression[callee.object.name='Promise'][callee.property.name=/^(all|allSettled|race|any)$/] CallExpression > Identifier.arguments[name='tx']",
          message: "Queries of one transaction (tx) cannot run side by side: await them one after another.",
        },
      ],
    },
  },
  globalIgnores([".next/**", "lib/generated/**", "node_modules/**", ".tmp/**", ".data/**", ".data-bench/**", "next-env.d.ts"]),
]);
