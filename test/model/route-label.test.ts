import { describe, expect, it } from "vitest";
import { routeIndex, routeLabel } from "../../src/model/route-label.js";

describe("route labels", () => {
  it("names a checklist route by its place counted from 1, and reads it back", () => {
    expect(routeLabel(0)).toBe("route-1");
    expect(routeLabel(11)).toBe("route-12");
    expect(routeIndex("route-1")).toBe(0);
    expect(routeIndex("route-12")).toBe(11);
    for (let i = 0; i < 30; i++) expect(routeIndex(routeLabel(i))).toBe(i);
  });

  it("reads no place from any other label", () => {
    // "otherwise" and "unknown" are the other edges of a checklist; the rest are not labels the engine makes.
    for (const label of [
      "otherwise",
      "unknown",
      "route-",
      "route-0",
      "route-01",
      "route-x",
      "route-1a",
      " route-1",
      "case-1",
    ])
      expect(routeIndex(label)).toBeUndefined();
  });
});
