import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // A guard against hangs, not a speed check (speed is measured in bench/): generous, because CI and
    // developers run this on two cores, often next to other work.
    testTimeout: 60000,
    pool: "forks",
    // A temporary XDG_CACHE_HOME per test file: no test fills the real user cache.
    setupFiles: ["test/setup-cache-env.ts"],
  },
});
