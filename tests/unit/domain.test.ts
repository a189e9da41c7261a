// The domain's rules (src/domain), each written once: statuses, days and ids from users, overdue,
// idle days, money and rates. Their where-builders are checked against a real database in
// tests/db/domain-rules.test.ts.
import { describe, expect, it } from "vitest";
import { ACTIVITY_STATUSES, countsInOfficialFigures, isEditable, isReported } from "@/domain/activity-status";
import { calendarDay, dayParam, parseDay } from "@/domain/days";
import { figureText, formatAmount, formatCount, formatRate, formatWan, indicatorValueText, ratePercent } from "@/domain/format";
import { campaignReferenceDay, idleDays, idleReferenceDay, isDormant } from "@/domain/idle-days";
import { chosenRecordId, idParam, parseId, recordId } from "@/domain/ids";
import { isPledgeOverdue, isRectificationOverdue } from "@/domain/overdue";
import { activityVisibility, pairingScope } from "@/domain/visibility";
import { day } from "../helpers/factories";

describe("activity statuses", () => {
  it("name reported, editable and official once", () => {
    expect(ACTIVITY_STATUSES.filter(isReported)).toEqual(["SUBMITTED", "VERIFIED"]);
    expect(ACTIVITY_STATUSES.filter(isEditable)).toEqual(["DRAFT", "RETURNED"]);
    expect(ACTIVITY_STATUSES.filter(countsInOfficialFigures)).toEqual(["VERIFIED"]);
  });
});

describe("days a user types or puts in a URL", () => {
  it("are strict YYYY-MM-DD calendar days", () => {
    expect(parseDay("2011-02-28")).toBe("2011-02-28");
    expect(parseDay(" 2012-02-29 ")).toBe("2012-02-29");
    for (const bad of ["2011-02-30", "2011-02-29", "2011-13-01", "2011-00-10", "2011-6-30", "20110630", "2011-06-30T00:00", "", "abc", undefined, 20110630]) {
      expect(parseDay(bad), String(bad)).toBeUndefined();
    }
    expect(dayParam({ from: ["2011-02-30", "2011-03-01"] }, "from")).toBeUndefined();
    expect(dayParam({ from: "2011-03-01" }, "from")).toBe("2011-03-01");
  });

  it("are refused in a form with the date message, never rolled over to another day", () => {
    expect(calendarDay().parse("2011-03-02")).toEqual(day("2011-03-02"));
    const refused = calendarDay().safeParse("2011-02-30");
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0].message).toBe("validation.date");
    expect(calendarDay().safeParse("").error?.issues[0].message).toBe("validation.required");
  });
});

describe("record ids from a URL or a form", () => {
  it("are plain positive integers that an Int column holds", () => {
    expect(parseId("42")).toBe(42);
    expect(parseId(42)).toBe(42);
    expect(parseId("2147483647")).toBe(2_147_483_647);
    for (const bad of ["1.5", "1e20", "abc", "-3", "0", "007", "0x10", " ", "", "9".repeat(30), "9999999999", "2147483648", 1.5, null, undefined]) {
      expect(parseId(bad), String(bad)).toBeUndefined();
    }
    expect(idParam({ township: "1e20" }, "township")).toBeUndefined();
  });

  it("say what is wrong in a form", () => {
    expect(recordId().parse("7")).toBe(7);
    expect(recordId().safeParse("7.5").error?.issues[0].message).toBe("validation.invalid");
    expect(chosenRecordId().safeParse("").error?.issues[0].message).toBe("validation.choose");
  });
});

describe("overdue", () => {
  const afternoon = new Date("2011-07-01T15:00:00+08:00");
  const justAfterMidnight = new Date("2011-07-02T00:00:01+08:00");

  it("starts the day after the due day (Asia/Shanghai), for pledges and rectifications alike", () => {
    expect(isPledgeOverdue({ status: "IN_PROGRESS", dueDate: day("2011-06-30") }, afternoon)).toBe(true);
    expect(isPledgeOverdue({ status: "IN_PROGRESS", dueDate: day("2011-07-01") }, afternoon)).toBe(false);
    expect(isPledgeOverdue({ status: "IN_PROGRESS", dueDate: day("2011-07-01") }, justAfterMidnight)).toBe(true);
    expect(isPledgeOverdue({ status: "FULFILLED", dueDate: day("2011-06-30") }, afternoon)).toBe(false);
    expect(isRectificationOverdue({ status: "OPEN", dueDate: day("2011-07-01") }, afternoon)).toBe(false);
    expect(isRectificationOverdue({ status: "IN_PROGRESS", dueDate: day("2011-06-30") }, afternoon)).toBe(true);
    expect(isRectificationOverdue({ status: "CLOSED", dueDate: day("2011-06-30") }, afternoon)).toBe(false);
  });
});

describe("idle days", () => {
  it("run from the last verified activity to the earlier of today and the period's end", () => {
    expect(idleReferenceDay("2011-08-31", "2026-11-27")).toBe("2011-08-31");
    expect(idleReferenceDay("2026-12-31", "2026-11-27")).toBe("2026-11-27");
    expect(campaignReferenceDay(day("2011-08-31"), "2026-11-27")).toBe("2011-08-31");
    expect(campaignReferenceDay(day("2011-08-31"), "2011-03-01")).toBe("2011-03-01");
    expect(idleDays("2011-08-01", "2011-08-31")).toBe(30);
    expect(idleDays("2011-09-10", "2011-08-31")).toBe(0);
  });

  it("flag a pairing dormant from 60 days on", () => {
    expect(isDormant(59)).toBe(false);
    expect(isDormant(60)).toBe(true);
  });
});

describe("money and rates", () => {
  it("write counts with thousands separators in both languages", () => {
    expect(formatCount(1560, "zh-CN")).toBe("1,560");
    expect(formatCount(1560, "en")).toBe("1,560");
  });

  it("show money of 10,000 元 or more in 万元 in Chinese, rounded half up on hundreds of 元; whole yuan in English", () => {
    expect(formatAmount(1_280_000, "元", true, "zh-CN")).toEqual({ value: "128", unit: "万元", wan: true });
    expect(formatAmount(40_200, "元", true, "zh-CN")).toEqual({ value: "4.02", unit: "万元", wan: true });
    expect(formatAmount(826_000, "元", true, "zh-CN")).toEqual({ value: "82.6", unit: "万元", wan: true });
    expect(formatAmount(9_999, "元", true, "zh-CN")).toEqual({ value: "9,999", unit: "元", wan: false });
    expect(formatAmount(1_280_000, "yuan", true, "en")).toEqual({ value: "1,280,000", unit: "yuan", wan: false });
    expect(formatAmount(1_560, "人", false, "zh-CN")).toEqual({ value: "1,560", unit: "人", wan: false });
    expect(formatWan(40_250, "zh-CN")).toBe("4.03");
    expect(formatWan(40_249, "zh-CN")).toBe("4.02");
    expect(figureText({ value: "6", unit: "场次", wan: false }, "zh-CN")).toBe("6场次");
    expect(figureText({ value: "6", unit: "events", wan: false }, "en")).toBe("6 events");
  });

  it("write an indicator's value with its unit as the ledger, the activity pages and the dashboard show it", () => {
    const funds = { labelZh: "争取项目资金", labelEn: "Project funds", unitZh: "元", unitEn: "yuan", isMoney: true };
    const trainings = { labelZh: "送技术下乡", labelEn: "Technical trainings", unitZh: "次", unitEn: "events", isMoney: false };
    expect(indicatorValueText(funds, 40_250, "zh-CN")).toBe("4.03万元");
    expect(indicatorValueText(funds, 9_999, "zh-CN")).toBe("9,999元");
    expect(indicatorValueText(funds, 1_280_000, "en")).toBe("1,280,000 yuan");
    expect(indicatorValueText(trainings, 12_000, "zh-CN")).toBe("12,000次");
  });

  it("compute rates as sums over sums with two decimals", () => {
    expect(formatRate(9_763, 10_000)).toBe("97.63%");
    expect(formatRate(182, 231)).toBe("78.79%");
    expect(formatRate(394, 400)).toBe("98.50%");
    expect(formatRate(0, 0)).toBe("—");
    expect(ratePercent(1, 3)).toBe(33.33);
  });
});

describe("visibility", () => {
  const reader = (role: "ADMIN" | "LEADER" | "LIAISON" | "VILLAGE", scope: { unitId?: number; villageId?: number; regionPath?: string | null } = {}) => ({
    id: 9,
    role,
    unitId: scope.unitId ?? null,
    villageId: scope.villageId ?? null,
    regionPath: scope.regionPath === undefined ? "/1/2/3/" : scope.regionPath,
  });
  const inTieli = { unit: { region: { path: { startsWith: "/1/2/3/" } } } };

  it("scopes liaisons to their unit and village secretaries to their village; a liaison without a unit sees nothing", () => {
    expect(pairingScope(reader("LIAISON", { unitId: 3 }))).toEqual({ unitId: 3 });
    expect(pairingScope(reader("LIAISON"))).toEqual({ unitId: -1 });
    expect(pairingScope(reader("VILLAGE", { villageId: 4 }))).toEqual({ villageId: 4 });
    expect(pairingScope(reader("ADMIN"))).toEqual(inTieli);
  });

  it("scopes the organization department and leaders to their region and below; without a region to nothing", () => {
    expect(pairingScope(reader("LEADER", { regionPath: "/1/2/" }))).toEqual({ unit: { region: { path: { startsWith: "/1/2/" } } } });
    for (const role of ["ADMIN", "LEADER"] as const) {
      const none = pairingScope(reader(role, { regionPath: null }));
      expect(none).not.toEqual({});
      expect(none.unit?.region.path.startsWith).toBe("/none/");
    }
  });

  it("shows drafts to the unit's liaisons and to whoever recorded them", () => {
    expect(activityVisibility(reader("LIAISON", { unitId: 3 }))).toEqual({ pairing: { unitId: 3 } });
    for (const role of ["ADMIN", "LEADER"] as const) {
      expect(activityVisibility(reader(role))).toEqual({ pairing: inTieli, OR: [{ status: { not: "DRAFT" } }, { recordedById: 9 }] });
    }
  });
});

describe("audit values, shown as the forms show them", () => {
  it("reads days, moments, enums, booleans, lists and text; and splits the log's tabs by prefix", async () => {
    const { auditValue, auditTabOf, isShownField } = await import("@/domain/audit-events");
    // A due date typed as 2026-12-31 is stored as midnight in Shanghai, 16:00 UTC the day before.
    expect(auditValue("dueDate", "2026-12-30T16:00:00.000Z")).toEqual({ kind: "day", date: new Date("2026-12-30T16:00:00.000Z") });
    expect(auditValue("verifiedAt", "2026-12-30T16:00:00.000Z").kind).toBe("moment");
    expect(auditValue("status", "CONFIRMED")).toEqual({ kind: "enum", field: "status", value: "CONFIRMED" });
    expect(auditValue("rating", "GOOD")).toEqual({ kind: "enum", field: "rating", value: "GOOD" });
    expect(auditValue("active", false)).toEqual({ kind: "boolean", value: false });
    expect(auditValue("values", [{ code: "a" }, { code: "b" }])).toEqual({ kind: "list", count: 2 });
    expect(auditValue("secretary", "")).toEqual({ kind: "empty" });
    expect(auditValue("title", "送技术下乡")).toEqual({ kind: "text", value: "送技术下乡" });
    expect(isShownField("updatedAt")).toBe(false);
    expect(isShownField("secretary")).toBe(true);
    expect(["auth.login", "security.refused", "authority.x", "unit.update"].map(auditTabOf)).toEqual(["security", "security", "changes", "changes"]);
  });
});

describe("a pager's page numbers", () => {
  it("show the first, the last and two either side of the current page, with gaps marked", async () => {
    const { pageNumbers } = await import("@/lib/list-params");
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 37)).toEqual([1, 2, 3, null, 37]);
    expect(pageNumbers(6, 37)).toEqual([1, null, 4, 5, 6, 7, 8, null, 37]);
    expect(pageNumbers(4, 37)).toEqual([1, 2, 3, 4, 5, 6, null, 37]);
    expect(pageNumbers(37, 37)).toEqual([1, null, 35, 36, 37]);
    expect(pageNumbers(99, 37)).toEqual([1, null, 37]);
  });
});

describe("file sizes", () => {
  it("read as KB under a megabyte, never 0.0 MB", async () => {
    const { formatFileSize } = await import("@/domain/format");
    expect(formatFileSize(27 * 1024)).toBe("27 KB");
    expect(formatFileSize(300)).toBe("300 B");
    expect(formatFileSize(1536 * 1024)).toBe("1.5 MB");
  });
});
