import { searchTextOf } from "@/lib/form-fields";

/** The village's one search column: its name, its township's name and its secretary (the seed agrees). */
export function villageSearchText(name: string, townshipName: string, secretary: string) {
  return searchTextOf(name, townshipName, secretary);
}
