"use server";
import { defineAction } from "@/server/action";
import { createUserAction, deactivateUserAction, reactivateUserAction, resetPasswordAction, updateUserAction } from "./mutations";
import { endSessionAction, unlockSignInAction } from "./security-mutations";

const revalidate = ["/users"];

export const createUser = defineAction({ ...createUserAction, revalidate });
export const updateUser = defineAction({ ...updateUserAction, revalidate });
export const resetPassword = defineAction({ ...resetPasswordAction, revalidate });
export const deactivateUser = defineAction({ ...deactivateUserAction, revalidate });
export const reactivateUser = defineAction({ ...reactivateUserAction, revalidate });

// The security administrator's sign-in controls (security-mutations.ts).
export const unlockSignIn = defineAction({ ...unlockSignInAction, revalidate });
export const endSession = defineAction({ ...endSessionAction, revalidate });
