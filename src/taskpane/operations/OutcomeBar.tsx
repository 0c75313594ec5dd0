import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { OutcomeMessage } from "../../excel/outcome-messages";

/** An operation's outcome as the pane shows it: the first line as the title, the rest below. */
export function OutcomeBar({ message }: { message: OutcomeMessage }) {
  const [title, ...rest] = message.lines;
  return (
    <MessageBar intent={message.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {rest.map((line) => (
          <div key={line}>{line}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
