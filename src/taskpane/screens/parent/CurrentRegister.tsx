import {
  Body1,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import type { RegisterState } from "../../../excel/parent-register";
import { useI18n } from "../../i18n-context";
import { countsText, dateText, shortHash } from "./register-text";

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
  // The hash is Latin hex: kept left to right in a Persian pane.
  hash: { fontFamily: tokens.fontFamilyMonospace, direction: "ltr", unicodeBidi: "isolate" },
  about: { color: tokens.colorNeutralForeground2 },
});

/** The register the workbook holds: its source file, when, its hash and counts; or that there is none. */
export function CurrentRegister(props: { state: RegisterState | undefined }) {
  const styles = useStyles();
  const { i18n } = useI18n();
  const { state } = props;
  if (!state) return <Body1>{i18n.t("parent.current.none")}</Body1>;
  const { source } = state.register;
  return (
    <>
      <dl className={styles.facts}>
        <dt className={styles.term}>{i18n.t("parent.current.file")}</dt>
        <dd className={styles.value}>{source.fileName}</dd>
        <dt className={styles.term}>{i18n.t("parent.current.importedAt")}</dt>
        <dd className={styles.value}>{dateText(i18n, source.importedAt)}</dd>
        <dt className={styles.term}>{i18n.t("parent.current.hash")}</dt>
        <dd className={styles.value}>
          <span className={styles.hash} title={source.hash}>
            {shortHash(source.hash)}
          </span>
        </dd>
      </dl>
      <Body1>{countsText(i18n, state.register)}</Body1>
      {state.protected ? (
        <Caption1 className={styles.about}>
          {i18n.t("parent.current.sheet", { sheet: state.sheet })}
        </Caption1>
      ) : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {i18n.t("parent.current.unprotected", { sheet: state.sheet })}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
