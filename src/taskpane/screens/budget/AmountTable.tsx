import {
  Input,
  makeStyles,
  Select,
  SpinButton,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { capitalised, localizeDigits } from "../../../core/i18n";
import type {
  AmountColumn,
  AmountMeasure,
  BudgetDraft,
} from "../../../core/mapping/budget-columns";
import { fieldLabel } from "../../../core/mapping/labels";
import { Invalid, readYear } from "../../../core/model/read-cells";
import { useI18n } from "../../i18n-context";

const MEASURES: readonly AmountMeasure[] = ["approved", "spent"];
const NONE = "none";

const useStyles = makeStyles({ year: { width: "7em" }, source: { minWidth: "6em" } });

/**
 * The wide layout's amount columns: for each, whether it holds approved or spent amounts (or is not
 * read), its year (from its header, editable) and its funding source (optional).
 */
export function AmountTable(props: {
  draft: BudgetDraft;
  onChange(col: number, change: Partial<AmountColumn>): void;
}) {
  const styles = useStyles();
  const { i18n } = useI18n();
  const { lang, digits } = i18n.prefs;
  const { draft, onChange } = props;
  return (
    <Table size="small" aria-label={i18n.t("budget.amounts")}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{i18n.t("budget.amounts.column")}</TableHeaderCell>
          <TableHeaderCell>{i18n.t("budget.amounts.measure")}</TableHeaderCell>
          <TableHeaderCell>{i18n.t("budget.amounts.year")}</TableHeaderCell>
          <TableHeaderCell>{i18n.t("budget.amounts.source")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {draft.amounts.map((amount) => {
          const { col, measure, year, source } = amount;
          const header = draft.headers.find((h) => h.col === col);
          const named = { column: header?.letter ?? "", header: header?.caption ?? "" };
          return (
            <TableRow key={col}>
              <TableCell>
                <span dir="auto">{named.header}</span> ({named.column})
              </TableCell>
              <TableCell>
                <Select
                  size="small"
                  aria-label={i18n.t("budget.amounts.measureOf", named)}
                  value={measure ?? NONE}
                  onChange={(_, d) =>
                    onChange(col, {
                      measure: d.value === NONE ? undefined : (d.value as AmountMeasure),
                    })
                  }
                >
                  {MEASURES.map((m) => (
                    <option key={m} value={m}>
                      {capitalised(fieldLabel("budget", m, lang))}
                    </option>
                  ))}
                  <option value={NONE}>{i18n.t("budget.measure.none")}</option>
                </Select>
              </TableCell>
              <TableCell>
                <SpinButton
                  className={styles.year}
                  size="small"
                  aria-label={i18n.t("budget.amounts.yearOf", named)}
                  min={1300}
                  max={2200}
                  value={year ?? null}
                  displayValue={year === undefined ? "" : localizeDigits(String(year), digits)}
                  onChange={(_, d) => {
                    const typed = d.value ?? readYear(d.displayValue ?? "");
                    if (!(typed instanceof Invalid)) onChange(col, { year: typed ?? undefined });
                  }}
                />
              </TableCell>
              <TableCell>
                <Input
                  className={styles.source}
                  size="small"
                  aria-label={i18n.t("budget.amounts.sourceOf", named)}
                  value={source ?? ""}
                  onChange={(_, d) => onChange(col, { source: d.value })}
                />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
