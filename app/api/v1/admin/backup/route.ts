import { downloadBackup } from "@/server/admin";
import { route } from "../../../_lib/route";

export const dynamic = "force-dynamic";

export const GET = route({ auth: true }, async ({ actor }) => {
  const { createdAt, json } = await downloadBackup(actor);
  const stamp = createdAt.toISOString().replace(/[:.]/g, "-");
  return new Response(json, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="res45-backup-${stamp}.json"`,
      // Password hashes are in it: no cache may keep a copy.
      "Cache-Control": "no-store",
    },
  });
});
