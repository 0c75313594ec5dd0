import { registerRibbonCommands } from "./ribbon-commands";

// The function file's entry: commands.html loads office.js, then this bundle.
void Office.onReady(() => registerRibbonCommands());
