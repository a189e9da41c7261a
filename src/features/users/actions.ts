"use server";
import { defineAction } from "@/server/action";
import { createUserAction, deactivateUserAction, reactivateUserAction, resetPasswordAction, updateUserAction } from "./mutations";

const revalidate = ["/users"];

export const createUser = defineAction({ ...createUserAction, revalidate });
export const updateUser = defineAction({ ...updateUserAction, revalidate });
export const resetPassword = defineAction({ ...resetPasswordAction, revalidate });
export const deactivateUser = defineAction({ ...deactivateUserAction, revalidate });
export const reactivateUser = defineAction({ ...reactivateUserAction, revalidate });
