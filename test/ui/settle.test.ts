import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { SETTLE_MS, watchFirstKey } from "../../src/ui/settle.js";

// A clock the test moves by hand: no wall-clock time in these tests.
function clock(start = 1000) {
  let t = start;
  return { now: () => t, move: (ms: number) => (t += ms) };
}

describe("watchFirstKey: a stray Enter is not a choice", () => {
  it("aborts the prompt when Enter is the first key and comes before the question settled", () => {
    const input = new EventEmitter();
    const c = clock();
    const watch = watchFirstKey(input, c.now);
    c.move(SETTLE_MS - 150); // the second press of a double Enter, 250 ms after the first
    input.emit("keypress", "\r", { name: "return" });
    expect(watch.signal.aborted).toBe(true);
    expect(watch.early()).toBe(true);
    expect(input.listenerCount("keypress")).toBe(0);
  });

  it("lets an Enter through once the question has been on screen for the settle time", () => {
    const input = new EventEmitter();
    const c = clock();
    const watch = watchFirstKey(input, c.now);
    c.move(SETTLE_MS);
    input.emit("keypress", "\r", { name: "return" });
    expect(watch.signal.aborted).toBe(false);
    expect(watch.early()).toBe(false);
  });

  it("an arrow first shows a choice being made: a quick Enter after it counts", () => {
    const input = new EventEmitter();
    const c = clock();
    const watch = watchFirstKey(input, c.now);
    input.emit("keypress", undefined, { name: "down" });
    c.move(50);
    input.emit("keypress", "\r", { name: "return" });
    expect(watch.signal.aborted).toBe(false);
    expect(input.listenerCount("keypress")).toBe(0);
  });

  it("stop() ends the watch: a later prompt's keys are not its business", () => {
    const input = new EventEmitter();
    const watch = watchFirstKey(input, clock().now);
    watch.stop();
    input.emit("keypress", "\n", { name: "enter" });
    expect(watch.signal.aborted).toBe(false);
    expect(input.listenerCount("keypress")).toBe(0);
  });
});
