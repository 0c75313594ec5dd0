import {
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { useI18n } from "../../i18n-context";
import { columnCertainty, columnReadings } from "./certainty";
import { CertaintyBadge } from "./CertaintyBadge";
import type { HeaderColumn } from "../../../core/mapping/header-columns";
import type { SheetDraft } from "./mapping-draft";
import { readingKey, readingLabel, type Reading } from "./readings";
import type { WizardSheet } from "./wizard-input";

/** Each column of the header row: its header, the field it is read as (a dropdown), and how sure. */
export function ColumnTable(props: {
  sheet: WizardSheet;
  draft: SheetDraft;
  stored?: SheetDraft;
  cells: readonly HeaderColumn[];
  onReading(col: number, reading: Reading | undefined): void;
}) {
  const { i18n } = useI18n();
  const { sheet, draft, stored } = props;
  const role = draft.role!;
  return (
    <Table size="small" aria-label={i18n.t("mapping.columnsOf", { sheet: draft.sheet })}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{i18n.t("mapping.column")}</TableHeaderCell>
          <TableHeaderCell>{i18n.t("mapping.field")}</TableHeaderCell>
          <TableHeaderCell>{i18n.t("mapping.certainty")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.cells.map((cell) => {
          const readings = columnReadings(sheet, draft, stored, cell);
          const current = draft.readings[cell.col];
          return (
            <TableRow key={cell.col}>
              <TableCell>
                <span dir="auto">{cell.caption}</span> ({cell.letter})
              </TableCell>
              <TableCell>
                <Select
                  size="small"
                  aria-label={i18n.t("mapping.fieldOf", {
                    column: cell.letter,
                    header: cell.caption,
                  })}
                  value={current ? readingKey(current) : ""}
                  onChange={(_, d) =>
                    props.onReading(
                      cell.col,
                      readings.find((r) => readingKey(r) === d.value)
                    )
                  }
                >
                  <option value="">{i18n.t("mapping.field.none")}</option>
                  {readings.map((r) => (
                    <option key={readingKey(r)} value={readingKey(r)}>
                      {readingLabel(role, r, i18n)}
                    </option>
                  ))}
                </Select>
              </TableCell>
              <TableCell>
                <CertaintyBadge certainty={columnCertainty(sheet, draft, stored, cell)} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
