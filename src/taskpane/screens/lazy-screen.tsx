import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense, type ComponentType } from "react";
import type { MessageKey } from "../../core/i18n";
import { useI18n } from "../i18n-context";
import type { PaneHost } from "../pane-host";
import type { SectionId } from "../sections";
import { ScreenLayout } from "./ScreenLayout";

/**
 * A screen whose code (and the engine parts it needs) loads when it is first opened, not with the
 * pane, so the pane's initial JS stays within its budget. Its heading shows while it loads.
 */
/** What SectionScreen gives every screen. */
export interface ScreenProps {
  host: PaneHost;
  onNavigate(section: SectionId): void;
}

export function lazyScreen(
  load: () => Promise<ComponentType<ScreenProps>>,
  title: MessageKey,
  intro: MessageKey
): ComponentType<ScreenProps> {
  const Screen = lazy(async () => ({ default: await load() }));
  return function LazyScreen(props: ScreenProps) {
    const { i18n } = useI18n();
    const loading = (
      <ScreenLayout title={i18n.t(title)} intro={i18n.t(intro)}>
        <Spinner size="small" label={i18n.t("screen.loading")} />
      </ScreenLayout>
    );
    return (
      <Suspense fallback={loading}>
        <Screen {...props} />
      </Suspense>
    );
  };
}
