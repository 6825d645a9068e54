#!/usr/bin/env node
// One-off check with the real yaml-language-server (issue 11): not a test (the server is not a dependency of
// this project, and a test must not fetch it), but a script anyone can run against an installed copy:
//
//   npm install --prefix /tmp/yls yaml-language-server@1
//   node scripts/check-yaml-language-server.mjs /tmp/yls/node_modules/yaml-language-server [signaalroute-bin]
//
// It starts the server over stdio (LSP, JSON-RPC with Content-Length framing, written out here) and checks:
//  1. hover on keys of trees/triage.yaml shows the schema's description (the file's modeline names
//     ../schemas/tree.schema.json);
//  2. a region file written by `signaalroute region init` in a fresh folder outside the repository finds its
//     schema through the modeline the command writes: a misspelt key gives a diagnostic, the file as
//     written gives none.
// The schema store is switched off, so the server fetches nothing. Exit 0 when every check holds, 1 otherwise.
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const serverDir = process.argv[2];
if (!serverDir) {
  process.stderr.write(
    "usage: node scripts/check-yaml-language-server.mjs <path to node_modules/yaml-language-server> [signaalroute bin]\n",
  );
  process.exit(2);
}
const signaalroute = resolve(process.argv[3] ?? join(root, "bin/signaalroute.js"));
const serverVersion = JSON.parse(readFileSync(join(serverDir, "package.json"), "utf8")).version;

const server = spawn(process.execPath, [join(serverDir, "bin/yaml-language-server"), "--stdio"], {
  stdio: ["pipe", "pipe", "inherit"],
});
let buffer = Buffer.alloc(0);
let nextId = 1;
const pending = new Map();
const diagnostics = new Map(); // uri -> latest list
const diagnosticWaiters = [];
const settings = {
  yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false }, format: { enable: false } },
};

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }), "utf8");
  server.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, "ascii"), body]));
}
const request = (method, params) =>
  new Promise((res, rej) => {
    const id = nextId++;
    pending.set(id, { res, rej });
    send({ id, method, params });
  });
const notify = (method, params) => send({ method, params });

function onMessage(msg) {
  if (msg.id !== undefined && msg.method) {
    // A request from the server: configuration gets our settings, everything else an empty answer.
    const result =
      msg.method === "workspace/configuration"
        ? msg.params.items.map((i) =>
            i.section ? (settings[i.section] ?? settings.yaml[i.section.replace(/^yaml\./, "")] ?? null) : settings,
          )
        : null;
    send({ id: msg.id, result });
  } else if (msg.id !== undefined) {
    const p = pending.get(msg.id);
    pending.delete(msg.id);
    if (msg.error) p.rej(new Error(msg.error.message));
    else p.res(msg.result);
  } else if (msg.method === "textDocument/publishDiagnostics") {
    diagnostics.set(msg.params.uri, msg.params.diagnostics);
    for (const w of diagnosticWaiters.splice(0)) w();
  }
}

server.stdout.on("data", (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf("\r\n\r\n");
    if (end < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString("ascii"))[1]);
    if (buffer.length < end + 4 + length) return;
    const body = buffer.subarray(end + 4, end + 4 + length).toString("utf8");
    buffer = buffer.subarray(end + 4 + length);
    onMessage(JSON.parse(body));
  }
});

/** The diagnostics for uri once the server has published them for this version of the text. */
async function diagnosticsFor(uri, ms = 20000) {
  const deadline = Date.now() + ms;
  diagnostics.delete(uri);
  while (!diagnostics.has(uri)) {
    if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri} within ${ms} ms`);
    await new Promise((r) => {
      diagnosticWaiters.push(r);
      setTimeout(r, 200);
    });
  }
  return diagnostics.get(uri);
}

let version = 1;
async function open(file, text) {
  const uri = pathToFileURL(file).href;
  const got = diagnosticsFor(uri);
  notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: version++, text } });
  return { uri, diagnostics: await got };
}
async function change(uri, text) {
  const got = diagnosticsFor(uri);
  notify("textDocument/didChange", { textDocument: { uri, version: version++ }, contentChanges: [{ text }] });
  return got;
}
const hoverText = (h) =>
  h
    ? [h.contents]
        .flat()
        .map((c) => (typeof c === "string" ? c : c.value))
        .join("\n")
    : "(no hover)";

const results = [];
function check(name, ok, detail) {
  results.push(ok);
  process.stdout.write(`${ok ? "ok  " : "FAIL"}  ${name}\n${detail.replace(/^/gm, "        ")}\n`);
}

try {
  await request("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: "signaalroute" }],
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: {
        hover: { contentFormat: ["markdown", "plaintext"] },
        publishDiagnostics: {},
        synchronization: {},
      },
    },
  });
  notify("initialized", {});
  notify("workspace/didChangeConfiguration", { settings });
  process.stdout.write(
    `yaml-language-server ${serverVersion}, signaalroute ${execFileSync(process.execPath, [signaalroute, "--version"]).toString().trim()} (${signaalroute})\n\n`,
  );

  // 1. Hover on trees/triage.yaml.
  const triageFile = join(root, "trees/triage.yaml");
  const triage = readFileSync(triageFile, "utf8");
  const { uri: triageUri, diagnostics: triageDiagnostics } = await open(triageFile, triage);
  check(
    "trees/triage.yaml opens without diagnostics",
    triageDiagnostics.length === 0,
    triageDiagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`).join("\n") ||
      "(none)",
  );
  const lines = triage.split("\n");
  const firstNode = lines.findIndex((l, i) => i > lines.indexOf("nodes:") && /^ {4}kind:/.test(l));
  for (const [label, line, character] of [
    ["entry", lines.indexOf("entry: acuut-gevaar"), 1],
    ["sources", lines.indexOf("sources:"), 1],
    ["kind (of the first node)", firstNode, 5],
  ]) {
    const hover = await request("textDocument/hover", {
      textDocument: { uri: triageUri },
      position: { line, character },
    });
    const text = hoverText(hover);
    check(
      `hover on '${label}' (line ${line + 1}) shows the schema's description`,
      hover !== null && text.length > 20,
      text,
    );
  }

  // 2. A region file made by `region init` outside the repository.
  const dir = mkdtempSync(join(tmpdir(), "sr-yls-"));
  const regionFile = join(dir, "region.yaml");
  execFileSync(process.execPath, [signaalroute, "--lang", "en", "region", "init", regionFile], { stdio: "ignore" });
  const region = readFileSync(regionFile, "utf8");
  const modeline = region.split("\n")[0];
  const { uri: regionUri, diagnostics: clean } = await open(regionFile, region);
  check(
    `region init ${regionFile}: as written, no diagnostics`,
    clean.length === 0,
    `${modeline}\n${clean.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`).join("\n") || "(none)"}`,
  );
  const typo = region.replace(/^region:/m, "regoin:");
  const typoDiagnostics = await change(regionUri, typo);
  const typoLine = typo.split("\n").findIndex((l) => l.startsWith("regoin:"));
  const onKey = typoDiagnostics.filter((d) => d.range.start.line === typoLine);
  check(
    "the same file with 'region:' misspelt 'regoin:': a diagnostic at that key (the schema was found through the modeline)",
    onKey.some((d) => /regoin/.test(d.message)),
    typoDiagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`).join("\n") ||
      "(none)",
  );
  const hover = await request("textDocument/hover", {
    textDocument: { uri: regionUri },
    position: { line: region.split("\n").findIndex((l) => l.startsWith("verified:")), character: 1 },
  });
  await change(regionUri, region);
  check(
    "hover on 'verified' in the region file shows the region schema's description",
    hover !== null,
    hoverText(hover),
  );
} catch (e) {
  check("the language server answered", false, String(e?.stack ?? e));
} finally {
  await request("shutdown", null).catch(() => {});
  notify("exit", null);
  server.kill();
}
const failed = results.filter((ok) => !ok).length;
process.stdout.write(`\n${results.length - failed} passed, ${failed} failed\n`);
process.exitCode = failed ? 1 : 0;
