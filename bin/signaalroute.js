#!/usr/bin/env node
// Entry only: runs the compiled CLI and sets the exit code. Nothing else exits.
import { main } from "../dist/cli.js";

// `signaalroute contacts | head`: the reader left; stop quietly (0) instead of an unhandled EPIPE.
// Any other write error leaves no one to tell either: 70, the internal-error code.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e) => process.exit(e.code === "EPIPE" ? 0 : 70));
}

process.exitCode = await main(process.argv.slice(2));
