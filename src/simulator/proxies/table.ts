import { areaOfRange, areasOverlap } from "../../core/snapshot/address";
import type { SimRequestContext } from "../request-context";
import { refuseIfProtected, SimError } from "../sim-error";
import type { ModelSheet, ModelTable } from "../workbook-model";
import { SimClientObject } from "./client-object";
import { SimItemCollection } from "./item-collection";
import { SimRange } from "./range";

interface TableTarget {
  sheet: ModelSheet;
  table: ModelTable;
}

/** Excel.Table: a name, a range, and deletion (which leaves the cells' values). */
export class SimTable extends SimClientObject<TableTarget> {
  protected readonly properties = {
    name: ({ table }: TableTarget) => table.name,
    showHeaders: ({ table }: TableTarget) => table.headerRow,
  };

  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.change({ name }, ({ table }) => {
      const other = this.context.model.table(name);
      if (other && other.table !== table)
        throw new SimError("ItemAlreadyExists", `A table named '${name}' already exists.`);
      if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name))
        throw new SimError("InvalidArgument", `'${name}' is not a valid table name.`);
      table.name = name;
    });
  }
  get showHeaders(): boolean {
    return this.loadedValue("showHeaders");
  }

  getRange(): SimRange {
    return new SimRange(this.context, {
      describe: "table range",
      locate: () => {
        const { sheet, table } = this.resolved();
        return { sheet, area: table.area };
      },
    });
  }

  delete(): void {
    this.change({ delete: true }, ({ sheet, table }) => {
      refuseIfProtected(sheet);
      sheet.tables.splice(sheet.tables.indexOf(table), 1);
    });
  }
}

const tableOf = (context: SimRequestContext) => (target: TableTarget) =>
  new SimTable(context, { target });

/** Excel.TableCollection of a sheet (add) or of the workbook (getItemOrNullObject). */
export class SimTableCollection extends SimItemCollection<TableTarget, SimTable> {
  constructor(
    context: SimRequestContext,
    private readonly sheet?: () => ModelSheet
  ) {
    super(
      context,
      () =>
        (sheet ? [sheet()] : context.model.sheets).flatMap((s) =>
          s.tables.map((table) => ({ sheet: s, table }))
        ),
      tableOf(context)
    );
  }

  /** A table over an address of this sheet ("A8:I20"), named Table1, Table2… until renamed. */
  add(address: string, hasHeaders: boolean): SimTable {
    const { model } = this.context;
    return new SimTable(this.context, {
      describe: `new table at ${address}`,
      locate: () => {
        const sheet = this.sheet?.();
        const area = areaOfRange(address);
        if (!sheet || !area)
          throw new SimError("InvalidArgument", `Cannot add a table at ${address}.`);
        refuseIfProtected(sheet);
        const overlapping = sheet.tables.some((t) => areasOverlap(t.area, area));
        if (overlapping)
          throw new SimError("InvalidArgument", "A table can't overlap another table.");
        let n = 1;
        while (model.table(`Table${n}`)) n++;
        const table = { name: `Table${n}`, area, headerRow: hasHeaders };
        sheet.tables.push(table);
        return { sheet, table };
      },
    });
  }

  getItemOrNullObject(name: string): SimTable {
    return new SimTable(this.context, {
      describe: `table '${name}'`,
      orNull: true,
      locate: () => this.context.model.table(name),
    });
  }
}
