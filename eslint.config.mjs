import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Layers point one way (README, "Architecture"):
//   lib → domain → server → features → app
// src/lib and src/domain are pure; src/server never reaches into a business area; one area uses
// another only through its public entry: `@/features/<area>` (index.ts) or, from a browser
// component, `@/features/<area>/client` (client.ts). Inside an area, imports are relative.
const layer = (from, ...forbidden) => ({ group: forbidden, message: `${from} does not import from ${forbidden.join(", ")}: the layers point one way (README, Architecture).` });
const APP = ["@/app/*"];
const FEATURES = ["@/features/*"];

const boundaries = (patterns) => ({
  "@typescript-eslint/no-restricted-imports": ["error", { patterns }],
});

// Configuration is read in src/server/env.ts only (NEXT_RUNTIME, set by Next.js itself, in instrumentation.ts).
const noProcessEnv = {
  "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through env() in src/server/env.ts." }],
};

// Pages and components call queries; the queries (queries.ts, queries/) talk to the database.
const noPrismaCalls = {
  "no-restricted-syntax": [
    "error",
    {
      selector: "MemberExpression[object.type='MemberExpression'][object.object.name=/^(db|tx)$/]",
      message: "No Prisma calls in pages or components: put the query in the area's queries.ts and call it.",
    },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true, argsIgnorePattern: "^_" }],
    },
  },
  { files: ["src/**/*.{ts,tsx}"], ignores: ["src/server/env.ts", "src/instrumentation.ts"], rules: noProcessEnv },
  { files: ["src/app/**/*.{ts,tsx}", "src/components/**/*.{ts,tsx}", "src/features/*/components/**/*.{ts,tsx}"], rules: noPrismaCalls },
  {
    files: ["src/lib/**/*.{ts,tsx}"],
    rules: boundaries([layer("src/lib", "@/domain/*", "@/server/*", "@/components/*", "@/i18n/*", ...FEATURES, ...APP, "next", "next/*", "next-intl", "next-intl/*", "react")]),
  },
  {
    files: ["src/domain/**/*.{ts,tsx}"],
    rules: boundaries([
      layer("src/domain", "@/server/*", "@/components/*", "@/i18n/*", ...FEATURES, ...APP, "next", "next/*", "next-auth", "next-auth/*", "next-intl", "next-intl/*", "react"),
      // Prisma's types describe where-builders; the client itself (the database) stays out.
      { group: ["@/generated/*/client"], allowTypeImports: true, message: "src/domain is pure: Prisma types only, never the client." },
    ]),
  },
  { files: ["src/server/**/*.{ts,tsx}"], rules: boundaries([layer("src/server", "@/components/*", ...FEATURES, ...APP)]) },
  { files: ["src/components/**/*.{ts,tsx}", "src/i18n/**/*.{ts,tsx}"], rules: boundaries([layer("shared code", ...FEATURES, ...APP)]) },
  {
    files: ["src/features/**/*.{ts,tsx}"],
    rules: boundaries([
      layer("a business area", ...APP),
      {
        regex: "^@/features/[^/]+/(?!client$).+",
        message: "Use another area only through its public entry, @/features/<area> or @/features/<area>/client; inside an area, import relatively.",
      },
    ]),
  },
  {
    // Screenshots and files a browser test writes go to its own output folder: test.info().outputPath(…).
    files: ["e2e/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "Literal[value=/^\\/tmp\\//], TemplateElement[value.raw=/^\\/tmp\\//]", message: "Write into Playwright's output folder: test.info().outputPath(name)." },
      ],
    },
  },
  {
    ignores: [".next/**", ".next-*/**", "node_modules/**", "src/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "tests/.tmp/**"],
  },
];

export default config;
