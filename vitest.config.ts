import { defineConfig } from "vitest/config";

// With DEEDBANK_TEST_POSTGRES_URL set, the storage, use-case, chat and scheduler tests run a
// second time on PostgreSQL (project "postgresql", each test in a schema of its own).
const PG_TESTS = ["tests/storage/**/*.test.ts", "tests/app/**/*.test.ts", "tests/chat/**/*.test.ts", "tests/scheduler/**/*.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    projects: [
      { extends: true as const, test: { name: "sqlite", include: ["tests/**/*.test.ts"] } },
      ...(process.env.DEEDBANK_TEST_POSTGRES_URL
        ? [{
            extends: true as const,
            test: {
              name: "postgresql", include: PG_TESTS, exclude: ["tests/storage/pg-*.test.ts", "tests/storage/database.test.ts",
                // SQLite files only: PostgreSQL keeps its own backups (pg_dump) and disk.
                "tests/storage/backup.test.ts", "tests/storage/full-disk.test.ts"],
              env: { DEEDBANK_TEST_BACKEND: "postgresql" }, testTimeout: 60_000, hookTimeout: 60_000,
            },
          }]
        : []),
    ],
  },
});
