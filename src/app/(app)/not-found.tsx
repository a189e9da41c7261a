import { StatusPage } from "@/components/shell/status-page";

// A record that does not exist (or is out of the reader's scope), shown inside the app's shell.
export default function AppNotFound() {
  return <StatusPage kind="notFound" inShell />;
}
