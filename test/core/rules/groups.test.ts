import { Groups } from "../../../src/core/rules/groups";

const items = [
  { key: "b", n: 1 },
  { key: "a", n: 2 },
  { key: "", n: 3 },
  { key: "b", n: 4 },
  { key: "b", n: 5 },
];
const groups = new Groups(items, (i) => i.key);

test("each key's items come back in plan order; empty keys are not grouped", () => {
  expect(groups.get("b")?.map((i) => i.n)).toEqual([1, 4, 5]);
  expect(groups.get("a")?.map((i) => i.n)).toEqual([2]);
  expect(groups.get("")).toBeUndefined();
  expect(groups.positions("b")).toEqual([0, 3, 4]);
  expect(groups.positions("c")).toEqual([]);
  expect(groups.has("a")).toBe(true);
  expect(groups.has("c")).toBe(false);
});

test("keys, values and entries read like a Map of arrays", () => {
  expect([...groups.keys()].sort()).toEqual(["a", "b"]);
  expect([...groups.values()].map((l) => l.length).sort()).toEqual([1, 3]);
  expect(new Map([...groups].map(([k, l]) => [k, l.map((i) => i.n)]))).toEqual(
    new Map([
      ["b", [1, 4, 5]],
      ["a", [2]],
    ])
  );
});

test("a key's group number is its items' groupAt, and -1 for a key no item has", () => {
  expect(groups.groupOf("b")).toBe(groups.groupAt(0));
  expect(groups.groupOf("b")).toBe(groups.groupAt(4));
  expect(groups.groupOf("a")).toBe(groups.groupAt(1));
  expect(groups.groupOf("a")).not.toBe(groups.groupOf("b"));
  expect(groups.groupOf("c")).toBe(-1);
  expect(groups.groupAt(2)).toBe(-1);
});
