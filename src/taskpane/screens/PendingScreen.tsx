import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { MessageKey } from "../../core/i18n";
import { useI18n } from "../i18n-context";
import { ScreenLayout } from "./ScreenLayout";

/** A section whose tools arrive in a later version: it says what it is for, and that it is not there yet. */
export function PendingScreen(props: { title: MessageKey; intro: MessageKey }) {
  const { i18n } = useI18n();
  return (
    <ScreenLayout title={i18n.t(props.title)} intro={i18n.t(props.intro)}>
      <MessageBar intent="info">
        <MessageBarBody>{i18n.t("screen.notYet")}</MessageBarBody>
      </MessageBar>
    </ScreenLayout>
  );
}
