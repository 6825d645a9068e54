import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20000,
    pool: "forks",
    // A temporary XDG_CACHE_HOME per test file: no test fills the real user cache.
    setupFiles: ["test/setup-cache-env.ts"],
  },
});
