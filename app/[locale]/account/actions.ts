"use server";

import { headers } from "next/headers";
import { changePasswordSchema } from "@/lib/auth/account.validation";
import { changeOwnPassword } from "@/server/account";
import { validatedAction } from "@/app/_lib/action";

export const changePassword = validatedAction(changePasswordSchema, async (input, actor) =>
  changeOwnPassword(actor, input, await headers()),
);
