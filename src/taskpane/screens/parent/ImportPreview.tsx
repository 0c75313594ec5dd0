import {
  Body1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useI18n } from "../../i18n-context";
import { GroupedChanges } from "../changes/GroupedChanges";
import type { PreparedImport } from "./prepare-import";
import { countsText, dateText } from "./register-text";

const useStyles = makeStyles({
  preview: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/**
 * What importing the chosen file will do: where its mapping came from and what to check, its
 * counts, and — when a register is already imported — whether it is the same file, or what changed.
 */
export function ImportPreview({
  prepared,
}: {
  prepared: Extract<PreparedImport, { kind: "ready" }>;
}) {
  const styles = useStyles();
  const { i18n } = useI18n();
  const file = prepared.fileName;
  const warnings: string[] = [];
  if (prepared.storedUnusable !== undefined)
    warnings.push(
      i18n.t("parent.mapping.storedUnusable", { file, reason: prepared.storedUnusable })
    );
  if (prepared.uncertain) warnings.push(i18n.t("parent.mapping.uncertain", { file }));
  for (const role of prepared.missing)
    warnings.push(
      i18n.t(role === "goal" ? "parent.missing.goals" : "parent.missing.kpis", { file })
    );
  const { previous } = prepared;
  return (
    <section className={styles.preview} aria-label={i18n.t("parent.preview.title")}>
      <Subtitle2 as="h3">{i18n.t("parent.preview.title")}</Subtitle2>
      <Body1>
        {i18n.t("parent.preview.counts", { file, counts: countsText(i18n, prepared.register) })}
      </Body1>
      <Body1>
        {i18n.t(
          prepared.mapping === "stored" ? "parent.mapping.stored" : "parent.mapping.detected",
          { file }
        )}
      </Body1>
      {warnings.map((text) => (
        <MessageBar key={text} intent="warning" layout="multiline">
          <MessageBarBody>{text}</MessageBarBody>
        </MessageBar>
      ))}
      {previous &&
        (previous.sameFile ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{i18n.t("parent.preview.same")}</MessageBarBody>
          </MessageBar>
        ) : previous.changes.length === 0 ? (
          <Body1>{i18n.t("parent.preview.unchanged")}</Body1>
        ) : (
          <>
            <Body1>
              {i18n.t("parent.preview.changes", {
                count: previous.changes.length,
                date: dateText(i18n, previous.importedAt),
              })}
            </Body1>
            <GroupedChanges changes={previous.changes} />
          </>
        ))}
    </section>
  );
}
