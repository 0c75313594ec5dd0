import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import type { ModelSheet } from "../simulator/workbook-model";
import { usePlaygroundWords } from "./words";

const useStyles = makeStyles({
  bar: {
    overflowX: "auto",
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    background: tokens.colorNeutralBackground2,
  },
  hidden: { fontStyle: "italic", color: tokens.colorNeutralForeground3 },
});

/**
 * The workbook's sheets as Excel's tabs along the bottom; hidden sheets, which Excel leaves out,
 * are listed and marked, so what the pane sees can be looked at.
 */
export function SheetTabs(props: {
  sheets: readonly ModelSheet[];
  shown: ModelSheet | undefined;
  onShow(sheet: ModelSheet): void;
}) {
  const styles = useStyles();
  const { word } = usePlaygroundWords();
  const { sheets, shown } = props;
  return (
    <div className={styles.bar}>
      <TabList
        size="small"
        aria-label={word("sheets")}
        data-testid="sheet-tabs"
        selectedValue={shown ? String(sheets.indexOf(shown)) : undefined}
        onTabSelect={(_, data) => props.onShow(sheets[Number(data.value)])}
      >
        {sheets.map((sheet, i) => (
          <Tab
            key={i}
            value={String(i)}
            className={sheet.visibility === "Visible" ? undefined : styles.hidden}
          >
            <span dir="auto">{sheet.name}</span>
            {sheet.visibility !== "Visible" && ` (${word(`sheet.${sheet.visibility}`)})`}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
