import { Body1, makeStyles } from "@fluentui/react-components";
import { useSyncExternalStore } from "react";
import { SheetGrid } from "./grid/SheetGrid";
import { SheetTabs } from "./SheetTabs";
import type { WorkbookSession } from "./workbook-session";
import { usePlaygroundWords } from "./words";

const useStyles = makeStyles({
  workbook: { flex: 1, minWidth: 0, display: "flex", flexDirection: "column" },
  empty: { flex: 1, padding: "16px" },
});

/** The simulated workbook as Excel shows it, redrawn after every batch the pane runs. */
export function WorkbookView({ session }: { session: WorkbookSession }) {
  const styles = useStyles();
  const { word } = usePlaygroundWords();
  const revision = useSyncExternalStore(session.subscribe, session.revision);
  const sheet = session.shown;
  const { selection } = session.model;
  return (
    <section className={styles.workbook} aria-label={session.fileName}>
      {sheet ? (
        <SheetGrid
          key={sheet.name}
          sheet={sheet}
          selection={selection?.sheet === sheet ? selection.area : undefined}
          revision={revision}
        />
      ) : (
        <Body1 className={styles.empty}>{word("noSheets")}</Body1>
      )}
      <SheetTabs sheets={session.model.sheets} shown={sheet} onShow={(s) => session.show(s)} />
    </section>
  );
}
