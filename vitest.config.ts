import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Vitest leaves one core free by default, which on a 2-core machine runs the files one by one;
    // many of them wait on child processes and the file system, so two at a time is 20-25% faster.
    maxWorkers: Math.max(2, availableParallelism()),
    globalSetup: ["test/support/global-setup.ts"],
  },
});
