import { NextResponse } from "next/server";
import { downloadBackup } from "@/server/admin";
import { route } from "../../../_lib/route";

export const dynamic = "force-dynamic";

export const GET = route({ auth: true }, async ({ actor }) => {
  const backup = await downloadBackup(actor);
  const stamp = backup.createdAt.replace(/[:.]/g, "-");
  return NextResponse.json(backup, {
    headers: {
      "Content-Disposition": `attachment; filename="res45-backup-${stamp}.json"`,
      // Password hashes are in it: no cache may keep a copy.
      "Cache-Control": "no-store",
    },
  });
});
