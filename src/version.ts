// Replaced at build time by esbuild's `define`; the fallback serves tests run from source.
declare const __SIGNAALROUTE_VERSION__: string | undefined;
export const VERSION: string = typeof __SIGNAALROUTE_VERSION__ === "string" ? __SIGNAALROUTE_VERSION__ : "0.0.0-dev";
