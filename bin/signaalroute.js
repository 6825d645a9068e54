#!/usr/bin/env node
// Entry only: runs the compiled CLI and sets the exit code. Nothing else exits.
import { main } from "../dist/cli.js";

process.exitCode = await main(process.argv.slice(2));
