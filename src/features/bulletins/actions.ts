"use server";
import { defineAction } from "@/server/action";
import { deleteBulletinAction, generateBulletinAction, publishBulletinAction, updateBulletinAction } from "./mutations";

const revalidate = ["/bulletins", "/print/bulletins"];

export const generateBulletin = defineAction({ ...generateBulletinAction, revalidate });
export const updateBulletin = defineAction({ ...updateBulletinAction, revalidate });
export const publishBulletin = defineAction({ ...publishBulletinAction, revalidate });
export const deleteBulletin = defineAction({ ...deleteBulletinAction, revalidate });
