import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

// No test writes into the real user's cache of checked tree sets (src/cache/tree-cache.ts): a command
// run in a child process with this process's environment (bin/ in cli tests, tmux, the benches) gets
// a temporary cache folder. In-process runs with fakeIo's empty environment have no cache at all
// (no HOME, no XDG_CACHE_HOME).
const dir = mkdtempSync(join(tmpdir(), "signaalroute-test-cache-"));
process.env.XDG_CACHE_HOME = dir;
afterAll(() => rmSync(dir, { recursive: true, force: true }));
