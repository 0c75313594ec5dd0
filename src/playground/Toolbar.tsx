import {
  Button,
  Caption1,
  makeStyles,
  Select,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { useId, useRef } from "react";
import { SAMPLES, type Sample } from "./samples";
import { usePlaygroundWords } from "./words";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: "flex", flexDirection: "column", marginInlineEnd: "auto" },
  note: { color: tokens.colorNeutralForeground3 },
  sample: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  file: { display: "none" },
});

const XLSX_ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The playground's own controls: a sample, the user's .xlsx, and the workbook saved back. */
export function Toolbar(props: {
  sample?: Sample["id"];
  onSample(sample: Sample): void;
  onFile(file: File): void;
  onDownload?: () => void;
}) {
  const styles = useStyles();
  const { word } = usePlaygroundWords();
  const picker = useRef<HTMLInputElement>(null);
  const sampleId = useId();
  return (
    <header className={styles.bar}>
      <div className={styles.titles}>
        <Subtitle2 as="h1">{word("title")}</Subtitle2>
        <Caption1 className={styles.note}>{word("note")}</Caption1>
      </div>
      <div className={styles.sample}>
        <label htmlFor={sampleId}>{word("sample")}</label>
        <Select
          id={sampleId}
          data-testid="sample-picker"
          value={props.sample ?? ""}
          onChange={(_, data) => {
            const sample = SAMPLES.find((s) => s.id === data.value);
            if (sample) props.onSample(sample);
          }}
        >
          {props.sample === undefined && <option value="" disabled />}
          {SAMPLES.map((s) => (
            <option key={s.id} value={s.id}>
              {word(`sample.${s.id}`)}
            </option>
          ))}
        </Select>
      </div>
      <Button icon={<FolderOpenRegular />} onClick={() => picker.current?.click()}>
        {word("open")}
      </Button>
      <input
        ref={picker}
        className={styles.file}
        type="file"
        accept={XLSX_ACCEPT}
        data-testid="open-xlsx"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = ""; // the same file can be picked again
          if (file) props.onFile(file);
        }}
      />
      <Button
        icon={<ArrowDownloadRegular />}
        disabled={!props.onDownload}
        onClick={props.onDownload}
      >
        {word("download")}
      </Button>
    </header>
  );
}
