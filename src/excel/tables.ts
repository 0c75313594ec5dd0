import { areaOfRange } from "../core/snapshot/address";
import type { SheetSnapshot } from "../core/snapshot/workbook-snapshot";

type TableInfo = NonNullable<SheetSnapshot["tables"]>[number];

/** The sheet name in an address Excel wrote ("'My plan'!A1:C9" → "My plan"). */
function sheetOf(address: string): string {
  const name = address.slice(0, address.lastIndexOf("!"));
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/**
 * The workbook's Excel tables, for the snapshot (detection takes a table's header row): the list
 * loads with the first sync, each table's range with the second (`ranges()` queues them).
 */
export function queueTables(context: Excel.RequestContext) {
  const tables = context.workbook.tables;
  tables.load("items/name, items/showHeaders");
  return {
    /** After the first sync: queues the tables' ranges; after the second, `bySheet` has them. */
    ranges() {
      const ranges = tables.items.map((table) => table.getRange().load("address"));
      return {
        bySheet(): Map<string, TableInfo[]> {
          const map = new Map<string, TableInfo[]>();
          tables.items.forEach((table, i) => {
            const address = ranges[i].address;
            const area = areaOfRange(address);
            if (!area) return;
            const sheet = sheetOf(address);
            map.set(sheet, [
              ...(map.get(sheet) ?? []),
              { name: table.name, area, headerRow: table.showHeaders },
            ]);
          });
          return map;
        },
      };
    },
  };
}
