import { Field, makeStyles, SpinButton, tokens } from "@fluentui/react-components";
import { canonicalCode } from "../../../core/normalize/text";
import { useI18n } from "../../i18n-context";
import { ColumnTable } from "./ColumnTable";
import { headerCells } from "./header-cells";
import type { SheetDraft } from "./mapping-draft";
import { PreviewTable } from "./PreviewTable";
import type { Reading } from "./readings";
import type { WizardSheet } from "./wizard-input";

const useStyles = makeStyles({
  details: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { maxWidth: "10em" },
});

/** A typed row number in any digits, when it is one. */
function typedRow(text: string | undefined): number | undefined {
  const row = Number(canonicalCode(text ?? ""));
  return Number.isInteger(row) && row >= 1 ? row : undefined;
}

/** A mapped sheet: its header row, its columns and the preview of its first rows. */
export function SheetDetails(props: {
  sheet: WizardSheet;
  draft: SheetDraft;
  stored?: SheetDraft;
  onHeaderRow(row: number): void;
  onReading(col: number, reading: Reading | undefined): void;
}) {
  const styles = useStyles();
  const { i18n } = useI18n();
  const { sheet, draft } = props;
  const cells = headerCells(sheet, draft);
  const lastRow = Math.max(sheet.grid.lastRow, 1);
  return (
    <div className={styles.details}>
      <Field label={i18n.t("mapping.headerRow")} className={styles.row}>
        <SpinButton
          min={1}
          max={lastRow}
          value={draft.headerRow}
          displayValue={i18n.number(draft.headerRow, { useGrouping: false })}
          onChange={(_, d) => {
            const row = d.value ?? typedRow(d.displayValue);
            if (row && row <= lastRow) props.onHeaderRow(row);
          }}
        />
      </Field>
      <ColumnTable
        sheet={sheet}
        draft={draft}
        stored={props.stored}
        cells={cells}
        onReading={props.onReading}
      />
      <PreviewTable sheet={sheet} draft={draft} cells={cells} />
    </div>
  );
}
