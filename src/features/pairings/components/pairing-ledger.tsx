import { getTranslations } from "next-intl/server";
import { writesRegion } from "@/server/scope";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { todayInShanghai } from "@/domain/days";
import { AuditHistoryLink } from "@/features/audit";
import type { CurrentUser } from "@/server/current-user";
import type { SearchParams } from "@/lib/list-params";
import { can } from "@/server/permissions";
import { type Ledger, LEDGER_PAGE_SIZE, ledgerPage } from "../ledger";
import { LedgerHeader } from "./ledger-header";
import { LedgerSummary } from "./ledger-summary";
import { LedgerTimeline } from "./ledger-timeline";
import { PairingAdminActions } from "./pairing-admin-actions";

/** The pairing's ledger page (共建工作台帐): header, figures, then everything that happened, a page at a time. */
export async function PairingLedger({ ledger, user, params }: { ledger: Ledger; user: CurrentUser; params: SearchParams }) {
  const t = await getTranslations("pairings");
  const tc = await getTranslations("common");
  const te = await getTranslations("exports");
  const { pairing } = ledger;
  const shown = ledgerPage(ledger, params);
  const title = t("pairTitle", { unit: pairing.unit.name, village: pairing.village.name });
  return (
    <>
      <PageHeader
        title={title}
        description={t("ledger.title")}
        actions={
          <>
            <AuditHistoryLink user={user} entity="Pairing" id={pairing.id} />
            <LinkButton href={`/print/pairings/${pairing.id}`} target="_blank">
              {tc("print")}
            </LinkButton>
            <a href={`/api/exports/ledger/${pairing.id}`} className={buttonClass("secondary")} data-testid="export-ledger" download>
              {te("ledger")}
            </a>
            {/* A higher department reads a county's ledger; only the pairing's own region edits it. */}
            {can(user.role, "pairings.write") && writesRegion(user, pairing.unit.regionId) && <PairingAdminActions id={pairing.id} title={title} status={pairing.status} today={todayInShanghai()} />}
          </>
        }
      />
      <div className="space-y-5">
        <LedgerHeader pairing={pairing} user={user} />
        <LedgerSummary summary={ledger.summary} />
        <section aria-labelledby="ledger-records">
          <h2 id="ledger-records" className="mb-2 font-semibold">
            {t("ledger.records")}
          </h2>
          <LedgerTimeline entries={shown.entries} />
          {shown.total > 0 && <Pagination params={params} page={shown.page} total={shown.total} defaultSize={LEDGER_PAGE_SIZE} />}
        </section>
      </div>
    </>
  );
}
