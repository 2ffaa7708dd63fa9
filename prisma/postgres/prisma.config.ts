// Prisma CLI settings for the PostgreSQL schema (generated from prisma/schema.prisma):
// the WebAssembly engines, and the pg driver adapter, so nothing downloads an engine.
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "schema.prisma",
  migrations: { path: "migrations" },
  adapter: async () =>
    new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test" }),
});
