// Paging and the pairing columns shared by every source list.
import { PAGE_SIZE } from "@/lib/list-params";

export type Page = { page: number; pageSize?: number };

export function paging({ page, pageSize = PAGE_SIZE }: Page) {
  return { skip: (Math.max(1, page) - 1) * pageSize, take: pageSize };
}

/** The unit, village and township a record belongs to, for its row and its link to the pairing. */
export const pairingColumns = {
  select: {
    id: true,
    unit: { select: { id: true, name: true } },
    village: { select: { id: true, name: true, township: { select: { name: true } } } },
  },
} as const;

export type PairingColumns = { id: number; unit: { id: number; name: string }; village: { id: number; name: string; township: { name: string } } };
