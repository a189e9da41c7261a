"use server";
import { defineAction } from "@/server/action";
import { changeOwnPasswordAction } from "./mutations";

// No revalidation: the change ends this session too, so a re-render before the browser signs in
// again (change-password-form.tsx) would send the user to the login page.
export const changeOwnPassword = defineAction(changeOwnPasswordAction);
