import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import type { Finding } from "../../../core/findings";
import { findingsCsv } from "../../../core/report/findings-csv";
import { findingsJson } from "../../../core/report/findings-json";
import { useI18n } from "../../i18n-context";
import { downloadFile, fileDate } from "./download-file";

const useStyles = makeStyles({
  exports: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * Downloads the findings in the list: CSV with the report sheet's columns (opens in Excel, Persian
 * included), and JSON with the CLI's fields; the file names carry the date of the check.
 */
export function ExportButtons(props: { findings: readonly Finding[]; checkedAt: Date }) {
  const styles = useStyles();
  const { i18n } = useI18n();
  const name = `rahbord-findings-${fileDate(props.checkedAt)}`;
  const exportCsv = () =>
    downloadFile(
      `${name}.csv`,
      new Blob([findingsCsv(props.findings, i18n.prefs.lang)], { type: "text/csv;charset=utf-8" })
    );
  const exportJson = () =>
    downloadFile(
      `${name}.json`,
      new Blob([JSON.stringify(findingsJson(props.findings, props.checkedAt), null, 2)], {
        type: "application/json",
      })
    );
  return (
    <div className={styles.exports}>
      <Button icon={<ArrowDownloadRegular />} onClick={exportCsv}>
        {i18n.t("findings.export.csv")}
      </Button>
      <Button icon={<ArrowDownloadRegular />} onClick={exportJson}>
        {i18n.t("findings.export.json")}
      </Button>
    </div>
  );
}
