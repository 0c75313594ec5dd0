import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import { useI18n } from "../../i18n-context";
import type { HeaderColumn } from "../../../core/mapping/header-columns";
import type { SheetDraft } from "./mapping-draft";
import { previewRows, shownCell } from "./preview-rows";
import { readingLabel } from "./readings";
import type { WizardSheet } from "./wizard-input";

const useStyles = makeStyles({
  scroll: { overflowX: "auto" },
  cell: { whiteSpace: "nowrap" },
  note: { color: tokens.colorNeutralForeground3 },
});

/** The first data rows under the header row, captioned by the fields the columns are read as. */
export function PreviewTable(props: {
  sheet: WizardSheet;
  draft: SheetDraft;
  cells: readonly HeaderColumn[];
}) {
  const styles = useStyles();
  const { i18n } = useI18n();
  const titleId = useId();
  const { grid } = props.sheet;
  const { draft } = props;
  const read = props.cells.filter((cell) => draft.readings[cell.col]);
  const rows = previewRows(
    grid,
    draft.headerRow,
    read.map((cell) => cell.col)
  );
  return (
    <>
      <Text as="h5" weight="semibold" id={titleId}>
        {i18n.t("mapping.preview", { sheet: draft.sheet })}
      </Text>
      {rows.length === 0 ? (
        <Text className={styles.note}>{i18n.t("mapping.preview.empty")}</Text>
      ) : (
        // Scrolls sideways in a narrow pane; focusable so the keyboard can scroll it too.
        <div className={styles.scroll} role="region" aria-labelledby={titleId} tabIndex={0}>
          <Table size="extra-small" aria-labelledby={titleId}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.cell}>{i18n.t("mapping.row")}</TableHeaderCell>
                {read.map((cell) => (
                  <TableHeaderCell key={cell.col} className={styles.cell}>
                    {readingLabel(draft.role!, draft.readings[cell.col], i18n)}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row}>
                  <TableCell>{i18n.number(row, { useGrouping: false })}</TableCell>
                  {read.map((cell) => (
                    <TableCell key={cell.col} className={styles.cell} dir="auto">
                      {shownCell(grid, row, cell.col, i18n)}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
