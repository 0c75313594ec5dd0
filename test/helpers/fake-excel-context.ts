export interface FakeSheet {
  name: string;
  visibility: string;
  /** Rows and columns of the used range; none for an empty sheet. */
  used?: [number, number];
}

/**
 * A thin stand-in for Excel's request context: like Office, a property read before the sync that
 * loads it throws, and syncs are counted. (The full workbook simulator replaces it later.)
 */
export function fakeContext(sheets: FakeSheet[]) {
  let syncs = 0;
  let loaded = false;
  const pending: (() => void)[] = [];
  const guard = <T>(value: () => T) => {
    if (!loaded) throw new Error("PropertyNotLoaded");
    return value();
  };
  const items = sheets.map((sheet) => ({
    get name() {
      return guard(() => sheet.name);
    },
    get visibility() {
      return guard(() => sheet.visibility);
    },
    getUsedRangeOrNullObject(valuesOnly: boolean) {
      expect(valuesOnly).toBe(true);
      let ready = false;
      pending.push(() => (ready = true));
      const read = <T>(value: () => T) => {
        if (!ready) throw new Error("PropertyNotLoaded");
        return value();
      };
      const size = (i: 0 | 1) => {
        if (!sheet.used) throw new Error("InvalidObjectPath: a null object has no properties");
        return sheet.used[i];
      };
      return {
        load: jest.fn(),
        get isNullObject() {
          return read(() => !sheet.used);
        },
        get rowCount() {
          return read(() => size(0));
        },
        get columnCount() {
          return read(() => size(1));
        },
      };
    },
  }));
  const context = {
    workbook: {
      worksheets: {
        load: jest.fn(),
        get items() {
          return guard(() => items);
        },
      },
    },
    sync: jest.fn(async () => {
      syncs++;
      loaded = true;
      pending.splice(0).forEach((ready) => ready());
    }),
  };
  return { context: context as unknown as Excel.RequestContext, syncs: () => syncs };
}
