import { loadStoredPrefs, storePrefs } from "../../src/excel/display-prefs-store";

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, String(v)),
  };
}

const throwingStorage = {
  getItem() {
    throw new Error("SecurityError: storage is disabled");
  },
  setItem() {
    throw new Error("QuotaExceededError");
  },
} as unknown as Storage;

test("a stored choice comes back as it was", () => {
  const storage = memoryStorage();
  storePrefs({ lang: "fa", digits: "latin", calendar: "gregorian" }, storage);
  expect(loadStoredPrefs(storage)).toEqual({ lang: "fa", digits: "latin", calendar: "gregorian" });
});

test.each([
  ["nothing stored", {}],
  ["unreadable JSON", { "rahbord.displayPrefs": "{oops" }],
  [
    "an unknown language",
    { "rahbord.displayPrefs": '{"lang":"de","digits":"latin","calendar":"gregorian"}' },
  ],
  ["a missing field", { "rahbord.displayPrefs": '{"lang":"fa","digits":"latin"}' }],
])("%s gives no stored choice", (_, initial) => {
  expect(loadStoredPrefs(memoryStorage(initial))).toBeUndefined();
});

test("blocked storage neither throws nor remembers", () => {
  expect(() =>
    storePrefs({ lang: "en", digits: "latin", calendar: "gregorian" }, throwingStorage)
  ).not.toThrow();
  expect(loadStoredPrefs(throwingStorage)).toBeUndefined();
});
