import {
  Body1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import type { PlanChange } from "../../../core/compare/plan-diff";
import type { MessageKey, Translator } from "../../../core/i18n";
import { useI18n } from "../../i18n-context";
import type { PreparedImport } from "./prepare-import";
import { countsText, dateText } from "./register-text";

/** The changes listed in full; the rest are counted. */
const SHOWN_CHANGES = 30;

const useStyles = makeStyles({
  preview: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  changes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

const shown = (i18n: Translator, value: string | number | undefined) =>
  value === undefined || value === ""
    ? i18n.t("parent.change.nothing")
    : typeof value === "number"
      ? i18n.number(value)
      : value;

/** One change as a line: "Goal G2: retitled — old → new". */
export function changeText(i18n: Translator, change: PlanChange): string {
  const line = i18n.t("parent.change.line", {
    entity: i18n.t(`parent.entity.${change.entity}` as MessageKey),
    code: change.code,
    change: i18n.t(`parent.change.${change.kind}` as MessageKey),
  });
  if (change.kind === "added" || change.kind === "removed") return line;
  const values = i18n.t("parent.change.values", {
    before: shown(i18n, change.before),
    after: shown(i18n, change.after),
  });
  return `${line} (${values})`;
}

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
            <ul className={styles.changes} aria-label={i18n.t("parent.preview.title")}>
              {previous.changes.slice(0, SHOWN_CHANGES).map((change) => (
                <li key={`${change.entity}|${change.code}|${change.kind}`}>
                  {changeText(i18n, change)}
                </li>
              ))}
            </ul>
            {previous.changes.length > SHOWN_CHANGES && (
              <Body1>
                {i18n.t("parent.preview.more", {
                  count: previous.changes.length - SHOWN_CHANGES,
                })}
              </Body1>
            )}
          </>
        ))}
    </section>
  );
}
